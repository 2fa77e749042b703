import { ThemeProvider } from '../../app/ThemeProvider';
import { ROUTE_OF_KIND } from '../../app/routes';
import { useHashRoute } from '../../app/useHashRoute';
import { SearchDialog } from './SearchDialog';

interface Props {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** The search dialog, themed, opening the picked record on its page. Loaded on first use. */
export function SearchPanel({ open, onOpenChange }: Props) {
  const { navigate } = useHashRoute();
  return (
    <ThemeProvider>
      <SearchDialog
        open={open}
        onClose={() => onOpenChange(false)}
        onPick={(hit) => {
          onOpenChange(false);
          navigate(ROUTE_OF_KIND[hit.kind], hit.id);
          focusRowOf(hit.id);
        }}
      />
    </ThemeProvider>
  );
}

/** How long the opened record's row may take to be read and drawn before focus stops waiting. */
const ROW_WAIT_MS = 3000;

/**
 * Puts the keyboard focus on the row of the record just opened, once its list has drawn it: Enter
 * then opens it, Tab goes on from it, and no focus ring is left on what was focused before the
 * search. Unless the user has put the focus somewhere meanwhile: that is left where it is.
 */
function focusRowOf(id: string): void {
  const until = performance.now() + ROW_WAIT_MS;
  // The search box has the focus until the dialog is gone; anything else is the user's doing.
  const searchBox = document.activeElement;
  const look = () => {
    const row = document.querySelector<HTMLElement>(
      `main [role="row"][aria-current="true"][data-record-id="${CSS.escape(id)}"]`,
    );
    const focused = document.activeElement;
    const untouched = focused === null || focused === document.body || focused === searchBox;
    if (row) {
      if (untouched) row.focus({ preventScroll: true });
    } else if (untouched && performance.now() < until) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}
