import { describe, expect, it } from 'vitest';
import { PALETTE, TAG_TEXT_SHADE_7, tagTextTokens } from '../../../../renderer/src/app/palette';

// WCAG 2.1 1.4.3: text at least 4.5:1 against what is behind it. The formula is WCAG's own
// (relative luminance of sRGB), written here independently of the app.
const AA = 4.5;

type Rgb = [number, number, number];

function parse(color: string): { rgb: Rgb; alpha: number } {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (hex?.[1]) {
    const n = parseInt(hex[1], 16);
    return { rgb: [(n >> 16) & 255, (n >> 8) & 255, n & 255], alpha: 1 };
  }
  const rgba = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(color);
  if (rgba) return { rgb: [+rgba[1]!, +rgba[2]!, +rgba[3]!], alpha: +rgba[4]! };
  throw new Error(`unreadable colour ${color}`);
}

/** The colour seen when `color` (perhaps translucent) is drawn over the opaque `background`. */
function over(color: string, background: string): Rgb {
  const { rgb, alpha } = parse(color);
  const bg = parse(background).rgb;
  return rgb.map((c, i) => c * alpha + bg[i]! * (1 - alpha)) as Rgb;
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(text: string, background: string): number {
  const a = luminance(over(text, background));
  const b = luminance(parse(background).rgb);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

// Where the app draws text: antd's surfaces, the page, the status line, a notice, the sidebar's
// current page, antd's error tint.
const SURFACES = ['#ffffff', '#f5f6f8', '#fafbfc', '#fafafa', '#fffbe6', '#fbeeee'];

describe('palette: every text colour reaches 4.5:1 where it is drawn', () => {
  it.each(SURFACES)('secondary text on %s', (surface) => {
    expect(contrast(PALETTE.textTertiary, surface)).toBeGreaterThanOrEqual(AA);
  });

  it.each(['#ffffff', '#fff2f0'])('the error red, at rest, pointed at and pressed, on %s', (bg) => {
    for (const red of [PALETTE.error, PALETTE.errorHover, PALETTE.errorActive]) {
      expect(contrast(red, bg)).toBeGreaterThanOrEqual(AA);
    }
  });

  it('white on a primary button, at rest, pointed at and pressed', () => {
    for (const red of [PALETTE.primary, PALETTE.primaryHover, PALETTE.primaryActive]) {
      expect(contrast('#ffffff', red)).toBeGreaterThanOrEqual(AA);
    }
  });

  it('the primary red as text: the current page in the sidebar, a hovered button', () => {
    expect(contrast(PALETTE.primary, '#fbeeee')).toBeGreaterThanOrEqual(AA);
    expect(contrast(PALETTE.primary, '#ffffff')).toBeGreaterThanOrEqual(AA);
  });

  it('links, at rest, pointed at and pressed', () => {
    for (const blue of [PALETTE.info, PALETTE.infoHover, PALETTE.infoActive]) {
      expect(contrast(blue, '#ffffff')).toBeGreaterThanOrEqual(AA);
    }
  });

  // antd's shade 1 of each colour: the tag's own background.
  const TAG_BACKGROUNDS: Record<keyof typeof TAG_TEXT_SHADE_7, string> = {
    gold: '#fffbe6',
    orange: '#fff7e6',
    yellow: '#feffe6',
    lime: '#fcffe6',
    green: '#f6ffed',
    cyan: '#e6fffb',
    volcano: '#fff2e8',
  };
  it.each(Object.entries(TAG_TEXT_SHADE_7))('a %s tag (%s on its tint)', (color, shade) => {
    const background = TAG_BACKGROUNDS[color as keyof typeof TAG_TEXT_SHADE_7];
    expect(contrast(shade, background)).toBeGreaterThanOrEqual(AA);
  });

  it('gives antd each tag shade under both of its names', () => {
    expect(tagTextTokens()).toMatchObject({ gold7: '#874d00', 'gold-7': '#874d00' });
  });
});
