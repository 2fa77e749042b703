import { describe, expect, it } from 'vitest';
import { filesFromDrop } from '../../../../../renderer/src/features/attachments/filesFromDrop';

/** A file entry as Chromium hands it out for a dropped folder's child. */
function fileEntry(name: string) {
  const file = new File([name], name);
  return { name, isFile: true, isDirectory: false, file: (ok: (f: File) => void) => ok(file) };
}

/** A folder entry whose reader gives its children in batches of two, then none. */
function folderEntry(name: string, children: unknown[]) {
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (batch: unknown[]) => void) => {
          ok(children.slice(at, at + 2));
          at += 2;
        },
      };
    },
  };
}

function transfer(items: { entry: unknown; file?: File }[]): DataTransfer {
  return {
    files: items.flatMap((item) => (item.file ? [item.file] : [])),
    items: items.map((item) => ({
      kind: 'file',
      webkitGetAsEntry: () => item.entry,
      getAsFile: () => item.file ?? null,
    })),
  } as unknown as DataTransfer;
}

describe('filesFromDrop', () => {
  it('walks a dropped folder to the bottom, past the reader’s batches, skipping hidden files', async () => {
    const folder = folderEntry('郴州调研', [
      fileEntry('IMG_0003.jpg'),
      fileEntry('IMG_0001.jpg'),
      fileEntry('.DS_Store'),
      folderEntry('第二天', [fileEntry('IMG_0101.jpg')]),
      fileEntry('IMG_0002.jpg'),
    ]);
    const files = await filesFromDrop(transfer([{ entry: folder }]));
    expect(files.map((f) => f.name)).toEqual([
      'IMG_0001.jpg',
      'IMG_0002.jpg',
      'IMG_0003.jpg',
      'IMG_0101.jpg',
    ]);
  });

  it('takes loose files as they are, next to a folder', async () => {
    const loose = new File(['x'], '扫描件.pdf');
    const files = await filesFromDrop(
      transfer([
        { entry: { isFile: true, isDirectory: false }, file: loose },
        { entry: folderEntry('照片', [fileEntry('a.jpg')]) },
      ]),
    );
    expect(files.map((f) => f.name)).toEqual(['扫描件.pdf', 'a.jpg']);
  });
});
