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
        }}
      />
    </ThemeProvider>
  );
}
