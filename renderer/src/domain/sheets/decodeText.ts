/** The encodings a CSV is read in, as named to the user. */
export type TextEncodingName = 'UTF-8' | 'UTF-16' | 'GB18030';

/** A file's text and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the file began with a byte order mark (Excel's 「CSV UTF-8」 writes one). */
  bom: boolean;
}

/**
 * Decodes a CSV's bytes with the platform's TextDecoder: a BOM says UTF-8 or UTF-16; otherwise
 * strict UTF-8 is tried first (GBK text is almost never valid UTF-8), then GB18030, which reads
 * GBK and GB2312 as well — what older Excel and WPS write on Chinese Windows.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'UTF-8',
      bom: true,
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return {
      text: new TextDecoder(label).decode(bytes.subarray(2)),
      encoding: 'UTF-16',
      bom: true,
    };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'UTF-8',
      bom: false,
    };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030', bom: false };
  }
}
