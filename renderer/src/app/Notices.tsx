import { DraftNotice } from '../features/drafts/DraftNotice';
import { ThemeProvider } from './ThemeProvider';

/** Notices above every page: the 草稿箱 of forms left open when the app last closed. */
export function Notices() {
  return (
    <ThemeProvider>
      <DraftNotice />
    </ThemeProvider>
  );
}
