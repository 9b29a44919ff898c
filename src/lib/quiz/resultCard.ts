import { wrapText } from '../canvasText';

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
