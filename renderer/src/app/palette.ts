/**
 * The colours the app draws text in, chosen to reach WCAG 2.1 AA (4.5:1) on every background it
 * draws them on (white, the page's #f5f6f8, the status line's #fafbfc, a notice's #fffbe6, a tag's
 * own tint). antd's defaults miss it: its tertiary text (#8c8c8c on white) is 3.4:1, its error red
 * #ff4d4f 3.3:1, a gold tag 2.8:1. ThemeProvider gives these to antd as tokens; global.css repeats
 * the ones the plain-HTML frame uses as custom properties in :root (change both together; the
 * end-to-end axe check, test/e2e/a11y.spec.ts, sees the frame).
 */
export const PALETTE = {
  /** The committee's red: buttons, the current page, focus rings. White on it is 6.0:1. */
  primary: '#b8312f',
  /** Pointed at and pressed: darker, so white text on a button stays above 4.5:1. */
  primaryHover: '#9c2927',
  primaryActive: '#86221f',
  /** Descriptions, hints, labels of secondary rank, placeholders: 4.8:1 or more. */
  textTertiary: 'rgba(0, 0, 0, 0.56)',
  /** 删除, error messages and the error line: 5.6:1 on white, 5.1:1 on antd's error tint. */
  error: '#cf1322',
  /** Hover and press go darker, not lighter, so the text stays readable while pointed at. */
  errorHover: '#a8071a',
  errorActive: '#820014',
  /**
   * A form's warnings (a date after today) and their field's border: antd's gold #faad14 is 1.9:1;
   * its orange shade 7 is 5.4:1.
   */
  warning: '#ad4e00',
  /** Links and informational text (antd derives links from it): 5.5:1. */
  info: '#0958d9',
  infoHover: '#003eb3',
  infoActive: '#002c8c',
} as const;

/**
 * antd draws a coloured tag (<Tag color="gold">) in shade 7 of its palette on shade 1. For these
 * colours shade 7 is below 4.5:1 on shade 1; the next shade that reaches it takes its place.
 */
export const TAG_TEXT_SHADE_7 = {
  gold: '#874d00',
  orange: '#ad4e00',
  yellow: '#876800',
  lime: '#3f6600',
  green: '#237804',
  cyan: '#006d75',
  volcano: '#ad2102',
} as const;

/**
 * The shades above as antd tokens. antd names each shade twice (gold7 and gold-7) and both become
 * the one CSS variable --ant-gold-7: both must be set, or the default wins.
 */
export function tagTextTokens(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(TAG_TEXT_SHADE_7).flatMap(([color, shade]) => [
      [`${color}7`, shade],
      [`${color}-7`, shade],
    ]),
  );
}
