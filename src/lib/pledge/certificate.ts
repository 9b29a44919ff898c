import QRCode from 'qrcode';
import { wrapText } from '../canvasText';
import { breakLines } from '../lineBreak';

/**
 * The pledge certificate, drawn in the browser on a canvas (the full name never needs to
 * reach the server): the pledge, the signer's name, number and date, and a QR code to the
 * verification page, drawn module by module (no image, no service). A4 proportions.
 */
export interface CertificateText {
  heading: string;
  intro: string;
  items: string[];
  signerLabel: string;
  name: string;
  number: string;
  date: string;
  code: string;
  scan: string;
  footer: string;
}

export const certificateSize = { width: 1200, height: 1697 } as const;

/** The pledge's items end here at the latest, leaving room for the signer and the QR code. */
const itemsBottom = 1060;

const colours = {
  paper: '#fbfaf6',
  brand: '#0b6e4f',
  brandSoft: '#dcefe5',
  ink: '#17201d',
  muted: '#4a5752',
  accent: '#f2b632',
};

/** Draws the certificate; `verifyUrl` goes into the QR code, `font` is the page's font family. */
export function drawCertificate(
  canvas: HTMLCanvasElement,
  text: CertificateText,
  verifyUrl: string,
  font: string,
) {
  const { width, height } = certificateSize;
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return;

  context.fillStyle = colours.paper;
  context.fillRect(0, 0, width, height);
  context.strokeStyle = colours.brand;
  context.lineWidth = 16;
  context.strokeRect(40, 40, width - 80, height - 80);
  context.lineWidth = 3;
  context.strokeRect(72, 72, width - 144, height - 144);

  context.textAlign = 'center';
  context.fillStyle = colours.brand;
  context.font = `800 88px ${font}`;
  context.fillText(text.heading, width / 2, 230);
  context.fillStyle = colours.accent;
  context.fillRect(width / 2 - 90, 262, 180, 8);

  context.textAlign = 'left';
  context.fillStyle = colours.ink;
  context.font = `700 40px ${font}`;
  context.fillText(text.intro, 150, 360);
  let y = drawItems(context, text.items, font, 430, itemsBottom);

  y = Math.max(y + 40, itemsBottom + 40);
  context.fillStyle = colours.muted;
  context.font = `600 36px ${font}`;
  context.fillText(text.signerLabel, 150, y);
  context.fillStyle = colours.ink;
  // the name keeps clear of the QR code: the largest size that fits, then "…" if need be
  const nameWidth = 600;
  const nameSize =
    [84, 72, 60, 50, 42].find((size) => {
      context.font = `800 ${size}px ${font}`;
      return context.measureText(text.name).width <= nameWidth;
    }) ?? 42;
  context.font = `800 ${nameSize}px ${font}`;
  wrapText(context, text.name, 150, y + 100, nameWidth, nameSize, 1);
  context.fillStyle = colours.brand;
  context.fillRect(150, y + 130, 560, 4);

  context.fillStyle = colours.ink;
  context.font = `600 34px ${font}`;
  context.fillText(text.number, 150, y + 210);
  context.fillText(text.date, 150, y + 262);
  context.fillStyle = colours.muted;
  context.font = `400 28px ${font}`;
  context.fillText(text.code, 150, y + 310);

  drawQr(context, verifyUrl, width - 150 - 260, y + 40, 260);
  context.textAlign = 'center';
  context.font = `600 28px ${font}`;
  context.fillText(text.scan, width - 150 - 130, y + 340);

  context.fillStyle = colours.brand;
  context.font = `600 30px ${font}`;
  context.fillText(text.footer, width / 2, height - 120);
}

/**
 * Draws the numbered items from `top`, in the largest of a few type sizes that keeps them above
 * `bottom` (English runs longer than Chinese); returns where they end.
 */
function drawItems(
  context: CanvasRenderingContext2D,
  items: string[],
  font: string,
  top: number,
  bottom: number,
): number {
  const sizes = [36, 33, 30, 27];
  const lineCount = (size: number) => {
    context.font = `400 ${size}px ${font}`;
    return items.reduce(
      (lines, item) =>
        lines + breakLines(item, (line) => context.measureText(line).width <= 850, 4).length,
      0,
    );
  };
  const size =
    sizes.find(
      (candidate) => top + lineCount(candidate) * candidate * 1.5 + items.length * 20 <= bottom,
    ) ?? sizes[sizes.length - 1]!;
  const leading = size * 1.5;
  context.font = `400 ${size}px ${font}`;
  let y = top;
  items.forEach((item, index) => {
    context.fillStyle = colours.brand;
    context.fillText(`${index + 1}.`, 150, y);
    context.fillStyle = colours.ink;
    y += wrapText(context, item, 200, y, 850, leading, 4) * leading + 20;
  });
  return y;
}

/** Draws a QR code for `data` as black squares on a white quiet zone. */
function drawQr(
  context: CanvasRenderingContext2D,
  data: string,
  x: number,
  y: number,
  size: number,
) {
  const { modules } = QRCode.create(data, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const cell = size / (modules.size + 2 * quiet);
  context.fillStyle = '#ffffff';
  context.fillRect(x, y, size, size);
  context.fillStyle = '#000000';
  for (let row = 0; row < modules.size; row++)
    for (let column = 0; column < modules.size; column++)
      if (modules.get(row, column))
        context.fillRect(
          x + (column + quiet) * cell,
          y + (row + quiet) * cell,
          Math.ceil(cell),
          Math.ceil(cell),
        );
}
