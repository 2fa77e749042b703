/**
 * The SHA-256 of every attachment a record names, whatever its kind: any kind with an
 * `attachments` list of `{ sha256 }` (活动 and 捐赠 today) is covered without a list of kinds.
 */
export function attachmentHashesOf(record: object): string[] {
  const list = (record as { attachments?: unknown }).attachments;
  if (!Array.isArray(list)) return [];
  const hashes: string[] = [];
  for (const item of list as unknown[]) {
    const sha = (item as { sha256?: unknown } | null)?.sha256;
    if (typeof sha === 'string') hashes.push(sha);
  }
  return hashes;
}
