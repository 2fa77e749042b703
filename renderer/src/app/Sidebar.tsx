import { PAGES, THEMED_PAGE } from './pageLoaders';
import { hrefOf, ROUTES, type RouteKey } from './routes';

/**
 * A page's code starts loading when the mouse button goes down on its link, not when the click
 * comes (~100 ms later, on release): a first opening is that much sooner.
 */
function startLoading(key: RouteKey): void {
  if (key === 'overview') return;
  void THEMED_PAGE.load().catch(() => undefined);
  void PAGES[key].load().catch(() => undefined);
}

/**
 * The page list. Plain links styled in global.css rather than antd's Menu: it is on the first
 * screen, and a menu's popup and motion machinery would only slow the start.
 */
export function Sidebar({ route }: { route: RouteKey }) {
  return (
    <nav aria-label="主导航" className="sidebar-nav">
      <ul>
        {ROUTES.map((item) => (
          <li key={item.key}>
            <a
              href={hrefOf(item.key)}
              aria-current={item.key === route ? 'page' : undefined}
              onPointerDown={(event) => {
                if (event.button === 0) startLoading(item.key);
              }}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
