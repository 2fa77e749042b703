import type { Page } from '@playwright/test';

/**
 * Reads one object store of the app's IndexedDB database straight from the browser profile,
 * with the plain IndexedDB API rather than the app's own code: what is on disk, not what the
 * screens make of it.
 */
export function storedRows(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = indexedDB.open('duty-ledger');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const read = database.transaction(name, 'readonly').objectStore(name).getAll();
          read.onsuccess = () => {
            database.close();
            resolve(read.result as Record<string, unknown>[]);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    store,
  );
}

/**
 * Writes one row straight into an object store, as another program (an import, a second
 * window) would, bypassing the app's own code.
 */
export function putStoredRow(
  page: Page,
  store: string,
  row: Record<string, unknown>,
): Promise<void> {
  return page.evaluate(
    ([name, value]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('duty-ledger');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const tx = database.transaction(name, 'readwrite');
          tx.objectStore(name).put(value);
          tx.oncomplete = () => {
            database.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [store, row] as const,
  );
}
