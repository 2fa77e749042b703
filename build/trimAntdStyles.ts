/**
 * antd's stylesheet (`antd/dist/antd.css`, which the app uses with `theme.zeroRuntime`) holds the
 * styles of every antd component, about 1 MB, and the first themed page must fetch and parse all
 * of it before it can show. The app draws about half of those components; the rules of the
 * others are left out when the renderer is built.
 */

/**
 * Components the app never draws, by their class prefix (`.ant-tree…` is Tree and TreeSelect).
 * None is drawn inside a component the app uses (Table's filters, Form's grid, Select's list and
 * the pickers use other prefixes). Before using one of these in the app, take it off this list.
 */
export const UNUSED_ANTD_COMPONENTS: readonly string[] = [
  'affix',
  'anchor',
  'avatar',
  'back-top',
  'badge',
  'breadcrumb',
  'carousel',
  'cascader',
  'color-picker',
  // The grid's responsive, offset and order classes: the app's Rows and Cols give a span only,
  // and Form's labels use the bare .ant-col.
  'col-xs',
  'col-sm',
  'col-md',
  'col-lg',
  'col-xl',
  'col-xxl',
  'col-xxxl',
  'col-push',
  'col-pull',
  'col-offset',
  'col-order',
  'divider',
  'float-btn',
  'image',
  'layout',
  'masonry',
  'mentions',
  // Menu itself: Dropdown's menu draws with .ant-dropdown-menu classes.
  'menu',
  'notification',
  'otp',
  'qrcode',
  'rate',
  'result',
  'ribbon',
  'segmented',
  'skeleton',
  'slider',
  'splitter',
  'statistic',
  'steps',
  'tabs',
  'timeline',
  'tour',
  'transfer',
  'tree',
  'upload',
  'watermark',
];

/** Grouping at-rules whose rules are trimmed one by one; any other at-rule is kept whole. */
const GROUPS = /^@(media|supports|container|layer)\b/;

/** The theme's class that antd puts before a component's CSS variables (`.css-var-_R_0_.ant-…`). */
const THEME_CLASS = /^\.css-var-[\w-]+(?=\.ant-)/;

/**
 * The theme class of antd's own build of the stylesheet, which was rendered on a server: React's
 * server ids (`_R_0_`). A page drawn in the browser, as all of ours are, has client ids
 * (`css-var-_r_0_`), so these blocks of CSS variables never apply (~60 KB): antd sets the
 * variables of our theme as each component first appears.
 */
const SERVER_THEME_CLASS = /^\.css-var-_R_/;

/**
 * The stylesheet without the rules whose every selector starts with the class of one of the
 * `unused` components (`.ant-tree`, `.ant-tree-node…`, not `.ant-tag` for `tabs`), the blocks of
 * their CSS variables under a theme's class included, nor the blocks under the server-rendered
 * theme class. A selector that starts otherwise is kept, and so is every at-rule but a group left
 * empty.
 */
export function trimAntdStyles(css: string, unused: readonly string[]): string {
  const prefix = new RegExp(`^\\.ant-(?:${unused.map(escape).join('|')})(?![a-z])`);
  const isUnused = (selector: string) =>
    SERVER_THEME_CLASS.test(selector.trim()) ||
    prefix.test(selector.trim().replace(THEME_CLASS, ''));
  return trimBlocks(css, isUnused);
}

function trimBlocks(css: string, isUnused: (selector: string) => boolean): string {
  let out = '';
  let at = 0;
  while (at < css.length) {
    const open = css.indexOf('{', at);
    if (open === -1) {
      out += css.slice(at);
      break;
    }
    // A statement at-rule (`@layer a, b;`, `@charset …;`) before the next block: kept as it is.
    const semicolon = css.indexOf(';', at);
    if (semicolon !== -1 && semicolon < open && css.slice(at, semicolon).trim().startsWith('@')) {
      out += css.slice(at, semicolon + 1);
      at = semicolon + 1;
      continue;
    }
    const close = matchingBrace(css, open);
    const prelude = css.slice(at, open);
    const body = css.slice(open + 1, close);
    const head = prelude.trim();
    if (GROUPS.test(head)) {
      const inner = trimBlocks(body, isUnused);
      if (inner.trim() !== '') out += `${prelude}{${inner}}`;
    } else if (head.startsWith('@') || !splitSelectors(head).every(isUnused)) {
      out += css.slice(at, close + 1);
    }
    at = close + 1;
  }
  return out;
}

/** The index of the `}` closing the block opened at `open`, past strings and nested blocks. */
function matchingBrace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      i = endOfString(css, i);
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error(`antd.css: a block opened at ${open} is not closed`);
}

function endOfString(css: string, start: number): number {
  const quote = css[start];
  for (let i = start + 1; i < css.length; i++) {
    if (css[i] === '\\') i++;
    else if (css[i] === quote) return i;
  }
  return css.length;
}

/** A selector list split at its top-level commas (not those inside `:is(…)` or `[…]`). */
function splitSelectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '"' || c === "'") i = endOfString(list, i);
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(list.slice(from));
  return parts;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
