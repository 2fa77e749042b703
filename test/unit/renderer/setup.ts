// Shared setup for renderer unit tests: an in-memory IndexedDB for Dexie.
import 'fake-indexeddb/auto';
