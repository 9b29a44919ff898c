import sharp from 'sharp';
import { breakLines } from '../lineBreak';

/**
 * Open Graph cards (1200×630 PNG) drawn at build time: an SVG composed here, rasterised by
 * sharp (librsvg). librsvg does not wrap text, so lines are broken here. Chinese cards use
 * Noto Sans CJK (`fonts-noto-cjk`); English cards put Liberation Sans first (`fonts-liberation`,
 * both installed by `.ci/run`), because a CJK font draws “quotes” full-width.
 */
export interface OgCard {
  kicker: string;
  title: string;
  summary: string;
  footer: string;
  /** Chinese cards measure quotation marks as full-width, as the CJK font draws them. */
  latin: boolean;
  /** Raw SVG markup of an illustration to show on the right. */
  illustrationSvg?: string;
}

const width = 1200;
const height = 630;
const fonts = {
  zh: "'Noto Sans CJK SC', sans-serif",
  latin: "'Liberation Sans', 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif",
};

/** Han and full-width characters take a full em, and so do quotation marks in a CJK font; Latin letters about 0.6 em (bold). */
function visualWidth(text: string, latin: boolean): number {
  const wide = latin ? /[\u2E80-\uFFEF]/u : /[\u2E80-\uFFEF\u2018-\u201F]/u;
  let units = 0;
  for (const character of text) units += wide.test(character) ? 1 : 0.6;
  return units;
}

/**
 * Breaks text into at most `maxLines` lines of `maxUnits` ems (see breakLines).
 * @example wrapLines('拒绝毒品，珍爱生命。', 4, 3, false) // ['拒绝毒品，', '珍爱生命。']
 */
export function wrapLines(
  text: string,
  maxUnits: number,
  maxLines: number,
  latin: boolean,
): string[] {
  return breakLines(text, (line) => visualWidth(line, latin) <= maxUnits, maxLines);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function textLines(
  lines: string[],
  x: number,
  y: number,
  size: number,
  leading: number,
  attrs: string,
): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * size * leading}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`,
    )
    .join('');
}

/** The card as SVG markup (exported for tests). */
export function ogCardSvg(card: OgCard): string {
  const textWidth = card.illustrationSvg ? 660 : 1040;
  const titleSize = 68;
  const title = wrapLines(card.title, textWidth / titleSize, 2, card.latin);
  const font = card.latin ? fonts.latin : fonts.zh;
  const summaryTop = 250 + (title.length - 1) * titleSize * 1.2;
  const summary = wrapLines(card.summary, textWidth / 32, 4, card.latin);
  const picture = card.illustrationSvg
    ?.replace(/<\?xml[^>]*>/, '')
    .replace(/<svg\b([^>]*?)\swidth="[^"]*"/, '<svg$1')
    .replace(/<svg\b([^>]*?)\sheight="[^"]*"/, '<svg$1')
    .replace(/<svg\b/, '<svg x="770" y="135" width="400" height="300"');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="#fbfaf6"/>
  <rect width="${width}" height="14" fill="#0b6e4f"/>
  <rect x="0" y="${height - 90}" width="${width}" height="90" fill="#0b6e4f"/>
  ${picture ? `<rect x="750" y="115" width="440" height="340" rx="28" fill="#ffffff" stroke="#d8d4c8" stroke-width="2"/>${picture}` : ''}
  <text x="60" y="110" font-family="${font}" font-size="30" font-weight="700" fill="#0b6e4f">${escapeXml(card.kicker)}</text>
  ${textLines(title, 60, 190, titleSize, 1.2, `font-family="${font}" font-weight="700" fill="#17201d"`)}
  ${textLines(summary, 60, summaryTop, 32, 1.5, `font-family="${font}" fill="#4a5752"`)}
  <text x="60" y="${height - 32}" font-family="${font}" font-size="34" font-weight="700" fill="#ffffff">${escapeXml(card.footer)}</text>
</svg>`;
}

/** The card as a PNG. */
export async function renderOgCard(card: OgCard): Promise<Buffer> {
  return sharp(Buffer.from(ogCardSvg(card)))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}
