/**
 * The files of a drop, folders walked to the bottom. Must be called inside the drop event: the
 * browser empties `items` once the handler returns, so the entries are taken before any await.
 */
export function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  const pending: Promise<File[]>[] = [];
  for (const item of Array.from(transfer.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.() ?? null;
    if (entry?.isDirectory) pending.push(walk(entry));
    else {
      const file = item.getAsFile();
      if (file) pending.push(Promise.resolve([file]));
    }
  }
  if (pending.length === 0) return Promise.resolve(Array.from(transfer.files));
  return Promise.all(pending).then((lists) => lists.flat());
}

async function walk(entry: FileSystemEntry): Promise<File[]> {
  if (isFile(entry)) return [await new Promise<File>((ok, fail) => entry.file(ok, fail))];
  if (!isDirectory(entry)) return [];
  const reader = entry.createReader();
  const files: File[] = [];
  // readEntries hands out a folder in batches (100 in Chromium) until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (batch.length === 0) break;
    for (const child of batch) {
      if (!child.name.startsWith('.')) files.push(...(await walk(child)));
    }
  }
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}
