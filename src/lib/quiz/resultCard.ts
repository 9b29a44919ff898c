/**
 * The shareable result card, drawn in the browser on a canvas (1200×630, the Open Graph size)
 * with the system fonts, so nothing about a student's result leaves their device unless they
 * share the picture themselves.
 */
export interface ResultCardText {
  kicker: string;
  title: string;
  score: string;
  detail: string;
  footer: string;
}

export const cardSize = { width: 1200, height: 630 } as const;

/** Draws the card; `font` is the page's font family so Chinese text uses a CJK face. */
export function drawResultCard(canvas: HTMLCanvasElement, text: ResultCardText, font: string) {
  canvas.width = cardSize.width;
  canvas.height = cardSize.height;
  const context = canvas.getContext('2d');
  if (!context) return;
  context.fillStyle = '#0b6e4f';
  context.fillRect(0, 0, cardSize.width, cardSize.height);
  context.fillStyle = '#dcefe5';
  context.fillRect(0, cardSize.height - 96, cardSize.width, 96);
  context.fillStyle = '#f2b632';
  context.beginPath();
  context.arc(1040, 170, 110, 0, Math.PI * 2);
  context.fill();

  context.textBaseline = 'alphabetic';
  context.fillStyle = '#ffffff';
  context.font = `700 34px ${font}`;
  context.fillText(text.kicker, 72, 110);
  context.font = `700 56px ${font}`;
  wrapText(context, text.title, 72, 190, 820, 68, 2);
  context.font = `800 120px ${font}`;
  context.fillText(text.score, 72, 420);
  context.font = `600 40px ${font}`;
  context.fillText(text.detail, 72, 480);
  context.fillStyle = '#064a35';
  context.font = `600 30px ${font}`;
  context.fillText(text.footer, 72, cardSize.height - 36);
}

/** Fills text over at most `lines` lines of `width`, ending with "…" if it does not fit. */
function wrapText(
  context: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  width: number,
  lineHeight: number,
  lines: number,
) {
  // Chinese breaks between any two characters; other scripts between words.
  const units = /[\u3400-\u9fff]/.test(text) ? [...text] : text.split(/(?<=\s)/);
  const rows: string[] = [''];
  for (const unit of units) {
    const last = rows.length - 1;
    if (context.measureText(rows[last] + unit).width <= width || !rows[last]) rows[last] += unit;
    else rows.push(unit.trimStart());
  }
  const shown = rows.slice(0, lines);
  if (rows.length > lines) {
    let end = shown[lines - 1] ?? '';
    while (end && context.measureText(`${end}…`).width > width) end = end.slice(0, -1);
    shown[lines - 1] = `${end.trimEnd()}…`;
  }
  shown.forEach((row, index) => context.fillText(row.trimEnd(), x, y + index * lineHeight));
}
