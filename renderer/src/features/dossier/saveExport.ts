import { bridge } from '../../bridge/bridge';

/** What one export writes: its suggested name, the file type shown in the dialog, its bytes. */
export interface ExportFile {
  defaultName: string;
  filterName: string;
  extension: string;
  /** The file's bytes as base64 (how bytes cross the bridge). */
  base64: string;
}

/**
 * Asks where to save and writes the file atomically through the host.
 *
 * Resolves to the path written, or null when the user cancelled the dialog.
 */
export async function saveExport(file: ExportFile): Promise<string | null> {
  const path = await bridge().files.saveAs({
    title: '导出',
    defaultName: file.defaultName,
    filters: [{ name: file.filterName, extensions: [file.extension] }],
  });
  if (!path) return null;
  await bridge().files.writeAtomic({ path, data: file.base64, encoding: 'base64' });
  return path;
}

/** UTF-8 text with a byte-order mark, as base64: Excel and WPS then open Chinese CSV correctly. */
export function utf8WithBomBase64(text: string): string {
  const bytes = new TextEncoder().encode(`\uFEFF${text}`);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
