import { safeFileName } from '../../shared/safeFileName';

/** Between the caption's parts (filter, 单位名称, date): wide enough to read them apart. */
const CAPTION_GAP = '　　';

/**
 * The caption under a saved chart's title: the filter as the page shows it, the committee and
 * the day the image was made: 2020年 · 全部专项, 省政协港澳台侨和外事委员会, 2026年11月30日, set
 * apart by two ideographic spaces. An empty 单位名称 is left out.
 */
export function chartCaption(
  filter: string,
  committeeName: string | undefined,
  dated: string,
): string[] {
  const committee = committeeName?.trim();
  return committee ? [filter, committee, dated] : [filter, dated];
}

/**
 * A saved chart's suggested file name, for its image (png) or its table (xlsx): its title and the
 * parts of its filter the title does not already say — 2020年委员参与排名（新冠肺炎疫情防控）.png,
 * 各年度履职活动（按类型）（全部专项）.xlsx.
 */
export function chartFileName(title: string, filter: string, extension: 'png' | 'xlsx'): string {
  const unsaid = filter.split(' · ').filter((part) => part && !title.includes(part));
  return safeFileName(unsaid.length ? `${title}（${unsaid.join(' · ')}）` : title, extension);
}

// The band over the chart, in CSS pixels (multiplied by the image's pixel ratio).
const SIDE = 16;
const TOP = 16;
const TITLE_SIZE = 18;
const TITLE_LINE = 28;
const CAPTION_SIZE = 13;
const CAPTION_LINE = 20;
const BOTTOM = 8;
/** The page's text colours on white (palette.ts): the title as body text, the caption as secondary. */
const TITLE_COLOR = '#1f1f1f';
const CAPTION_COLOR = '#595959';

/**
 * The parts laid out in lines no wider than `width`, as many to a line as fit; a part wider than
 * a line by itself is broken between characters.
 */
function wrapped(
  context: CanvasRenderingContext2D,
  parts: readonly string[],
  width: number,
): string[] {
  const fits = (text: string) => context.measureText(text).width <= width;
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const joined = line ? `${line}${CAPTION_GAP}${part}` : part;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const ch of part) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** What a saved chart says above its bars: its title and the caption's parts. */
export interface ChartHeading {
  title: string;
  caption: readonly string[];
}

/**
 * The chart's image (a PNG data URL drawn at `pixelRatio`) under a white band holding its title
 * and caption, centred, in the page's font; the chart's own pixels are copied as they are.
 *
 * Resolves to the framed image as a PNG data URL.
 */
export async function framedChartPng(
  chartUrl: string,
  heading: ChartHeading,
  pixelRatio: number,
  fontFamily: string,
): Promise<string> {
  const chart = new Image();
  chart.src = chartUrl;
  await chart.decode();
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('无法生成图片：浏览器没有给出画布');

  const width = chart.naturalWidth / pixelRatio;
  const titleFont = `bold ${TITLE_SIZE}px ${fontFamily}`;
  const captionFont = `${CAPTION_SIZE}px ${fontFamily}`;
  context.font = titleFont;
  const titleLines = wrapped(context, [heading.title], width - 2 * SIDE);
  context.font = captionFont;
  const captionLines = wrapped(context, heading.caption, width - 2 * SIDE);
  const band = Math.ceil(
    (TOP + titleLines.length * TITLE_LINE + captionLines.length * CAPTION_LINE + BOTTOM) *
      pixelRatio,
  );

  // Sizing the canvas resets its context: the fonts are set again below.
  canvas.width = chart.naturalWidth;
  canvas.height = band + chart.naturalHeight;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(chart, 0, band);

  context.scale(pixelRatio, pixelRatio);
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  let y = TOP;
  context.font = titleFont;
  context.fillStyle = TITLE_COLOR;
  for (const line of titleLines) {
    context.fillText(line, width / 2, y + TITLE_LINE / 2);
    y += TITLE_LINE;
  }
  context.font = captionFont;
  context.fillStyle = CAPTION_COLOR;
  for (const line of captionLines) {
    context.fillText(line, width / 2, y + CAPTION_LINE / 2);
    y += CAPTION_LINE;
  }
  return canvas.toDataURL('image/png');
}
