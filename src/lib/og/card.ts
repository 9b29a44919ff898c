import sharp from 'sharp';

/**
 * Open Graph cards (1200×630 PNG) drawn at build time: an SVG composed here, rasterised by
 * sharp (librsvg). librsvg neither wraps text nor falls back between fonts per character, so
 * lines are broken here and the font is Noto Sans CJK, which covers both languages
 * (`fonts-noto-cjk`, installed by `.ci/run`).
 */
export interface OgCard {
  kicker: string;
  title: string;
  summary: string;
  footer: string;
  /** Raw SVG markup of an illustration to show on the right. */
  illustrationSvg?: string;
}

const width = 1200;
const height = 630;
const font = "'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

/** Han and full-width characters take a full em; Latin letters about half. */
function visualWidth(text: string): number {
  let units = 0;
  for (const character of text) units += /[\u2E80-\uFFEF]/u.test(character) ? 1 : 0.56;
  return units;
}

/**
 * Breaks text into at most `maxLines` lines of `maxUnits` ems, at spaces for Latin text and
 * anywhere for Chinese; the last line ends with "…" when text is left over.
 */
export function wrapLines(text: string, maxUnits: number, maxLines: number): string[] {
  const pieces = text.match(/[A-Za-z0-9'’.,:;!?()\-]+\s*|\s+|./gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (visualWidth(line + piece.trimEnd()) > maxUnits && line.trim()) {
      lines.push(line.trim());
      line = '';
      if (lines.length === maxLines) break;
    }
    line += line || piece.trim() ? piece : '';
  }
  if (lines.length < maxLines && line.trim()) lines.push(line.trim());
  const consumed = lines.join('').replace(/\s/g, '').length;
  if (consumed < text.replace(/\s/g, '').length) {
    const last = lines[lines.length - 1] ?? '';
    lines[lines.length - 1] = `${[...last].slice(0, -1).join('')}…`;
  }
  return lines;
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
  const title = wrapLines(card.title, textWidth / titleSize, 2);
  const summaryTop = 250 + (title.length - 1) * titleSize * 1.2;
  const summary = wrapLines(card.summary, textWidth / 32, 4);
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
