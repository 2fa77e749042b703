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
