import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/global.css';
import { reportGlobalErrors } from './app/reportGlobalErrors';
import { db } from './db/database';

reportGlobalErrors();
// Opening IndexedDB takes a few tens of milliseconds: let it run while React draws the frame.
// A failure is not handled here: the first query reports it where it is shown.
db()
  .open()
  .catch(() => undefined);
const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
