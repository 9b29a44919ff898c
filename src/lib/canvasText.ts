import { breakLines } from './lineBreak';

/** Text on a canvas (result cards, pledge certificates), where the browser does not wrap lines. */

/** Fills text over at most `lines` lines of `width` (see breakLines); returns the lines used. */
export function wrapText(
  context: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  width: number,
  lineHeight: number,
  lines: number,
): number {
  const rows = breakLines(text, (line) => context.measureText(line).width <= width, lines);
  rows.forEach((row, index) => context.fillText(row, x, y + index * lineHeight));
  return rows.length;
}
