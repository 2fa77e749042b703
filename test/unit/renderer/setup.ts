// Shared setup for renderer unit tests: an in-memory IndexedDB for Dexie.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// Screens read through Dexie's live queries: on a busy two-core machine a render can take more
// than the library's default second. Waiting longer for a condition costs nothing when it holds.
configure({ asyncUtilTimeout: 10_000 });
