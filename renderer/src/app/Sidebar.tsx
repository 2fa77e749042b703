import { hrefOf, ROUTES, type RouteKey } from './routes';

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
            <a href={hrefOf(item.key)} aria-current={item.key === route ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
