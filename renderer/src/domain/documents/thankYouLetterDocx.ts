import { bodyParagraph, packGbDocument, signatureParagraphs, titleParagraph } from './gbt9704';
import { thankYouLetterText, type ThankYouLetterInput } from './thankYouLetter';

/** The 感谢信 as a .docx after GB/T 9704, in base64. */
export async function buildThankYouLetterDocx(input: ThankYouLetterInput): Promise<string> {
  const letter = thankYouLetterText(input);
  return packGbDocument(letter.title, [
    titleParagraph(letter.title),
    bodyParagraph(letter.salutation, false),
    // The last paragraph goes with the 落款 onto its page.
    ...letter.paragraphs.map((text, i) =>
      bodyParagraph(text, true, i === letter.paragraphs.length - 1),
    ),
    ...signatureParagraphs(letter.unitName, letter.dated),
  ]);
}
