import type { ParsedArgsOf } from '../contract';
import { MAX_FILE_BYTES } from '../contract';
import { writeFileAtomically } from '../services/atomicWrite';
import type { HostServices } from '../services/hostServices';
import { assertGranted, describeFsError } from './fileHandlers';
import { HostError } from './hostError';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/**
 * print:toPdf — prints the page with the host's Chromium and writes the PDF, atomically, to the
 * path the user just chose in the save dialog. Nothing is written when the path was not chosen
 * or the printer gave back something that is not a PDF.
 */
export async function printToPdf(
  args: ParsedArgsOf<'print:toPdf'>,
  services: HostServices,
): Promise<{ path: string; bytes: number }> {
  assertGranted(args.path, 'write', services);
  let pdf: Uint8Array;
  try {
    pdf = await services.printToPdf(args.html);
  } catch (error) {
    services.log.write('error', 'main', 'print:toPdf failed', String(error));
    throw new HostError('无法生成 PDF：打印失败，详见日志');
  }
  if (!PDF_MAGIC.every((byte, i) => pdf[i] === byte)) {
    throw new HostError('无法生成 PDF：打印结果不是 PDF 文件');
  }
  if (pdf.byteLength > MAX_FILE_BYTES) throw new HostError('PDF 过大，无法写入');
  try {
    await writeFileAtomically(args.path, pdf);
  } catch (error) {
    throw new HostError(`无法写入文件：${describeFsError(error)}`, 'path');
  }
  return { path: args.path, bytes: pdf.byteLength };
}
