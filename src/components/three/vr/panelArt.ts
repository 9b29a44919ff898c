import { CanvasTexture, LinearFilter, SRGBColorSpace } from 'three';
import { breakLines } from '../../../lib/lineBreak';

/**
 * Text panels for the 3D world, drawn with the system's fonts into canvas textures: no font
 * is downloaded, Chinese included. High contrast (WCAG-level colours on a plain ground), large
 * type for reading in a headset at arm's length, and no animation of its own.
 */

/** Pixels per metre: 1100 px across a 1 m panel keeps body text about 3 cm tall and sharp. */
const density = 1100;
const maxSide = 1024;

export type PanelStyle =
  'line' | 'narration' | 'you' | 'button' | 'primary' | 'warn' | 'quiet' | 'note';

const palette: Record<PanelStyle, { ground: string; text: string; accent: string }> = {
  line: { ground: '#ffffff', text: '#17201d', accent: '#0b6e4f' },
  narration: { ground: '#17201d', text: '#f4f7f5', accent: '#f2b632' },
  you: { ground: '#dcefe5', text: '#06301f', accent: '#0b6e4f' },
  button: { ground: '#ffffff', text: '#17201d', accent: '#0b6e4f' },
  primary: { ground: '#0b6e4f', text: '#ffffff', accent: '#ffffff' },
  warn: { ground: '#fbe6e2', text: '#5c130e', accent: '#b3261e' },
  quiet: { ground: '#f0eee6', text: '#17201d', accent: '#4a5752' },
  note: { ground: '#fbfaf6', text: '#17201d', accent: '#0b6e4f' },
};

export interface PanelText {
  /** A bold first line (a name, a button's label). */
  title?: string;
  /** Body lines; each may wrap. */
  lines: string[];
}

/** The canvas size for a panel of `width` × `height` metres, within the texture budget. */
export function canvasSize(width: number, height: number): [number, number] {
  const scale = Math.min(density, maxSide / Math.max(width, height));
  return [Math.round(width * scale), Math.round(height * scale)];
}

function fontFamily() {
  return getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
}

/** Draws a panel; `highlight` marks the button a pointer, gaze or the keyboard is on. */
export function drawPanel(
  canvas: HTMLCanvasElement,
  text: PanelText,
  style: PanelStyle,
  highlight: boolean,
): void {
  const context = canvas.getContext('2d')!;
  const { width, height } = canvas;
  const colours = palette[style];
  const family = fontFamily();
  const radius = Math.min(width, height) * 0.18;
  context.clearRect(0, 0, width, height);
  context.fillStyle = colours.ground;
  context.beginPath();
  context.roundRect(0, 0, width, height, radius);
  context.fill();
  const border = Math.max(4, Math.round(height * (highlight ? 0.07 : 0.03)));
  context.lineWidth = border;
  context.strokeStyle = highlight ? '#1d5fd1' : colours.accent;
  context.beginPath();
  context.roundRect(border / 2, border / 2, width - border, height - border, radius);
  context.stroke();

  const isButton =
    style === 'button' || style === 'primary' || style === 'warn' || style === 'quiet';
  // buttons: the label fills the height; text panels: a readable body size. Long words shrink
  // the type (to 60 % at most) rather than lose their end: a headset user cannot read the page.
  const full = {
    title: isButton
      ? Math.min(height * (text.lines.length ? 0.34 : 0.46), 48)
      : Math.min(style === 'note' ? 52 : 58, height * 0.19),
    body: isButton
      ? Math.min(height * (text.lines.length ? 0.34 : 0.46), 48) * 0.72
      : Math.min(style === 'note' ? 42 : 50, height * 0.16),
  };
  let laid = layout(context, text, family, width, height, full.title, full.body, isButton);
  for (let scale = 0.95; laid.cut && scale >= 0.6; scale -= 0.05)
    laid = layout(
      context,
      text,
      family,
      width,
      height,
      full.title * scale,
      full.body * scale,
      isButton,
    );

  const { titleSize, bodySize, pad, title, body } = laid;
  context.textBaseline = 'top';
  context.textAlign = isButton && !text.lines.length ? 'center' : 'left';
  const x = context.textAlign === 'center' ? width / 2 : pad;
  const bodyLineHeight = bodySize * 1.35;
  const blockHeight = (title ? titleSize * 1.4 : 0) + body.length * bodyLineHeight;
  let y = isButton ? (height - blockHeight) / 2 : pad;
  if (title) {
    context.font = `700 ${titleSize}px ${family}`;
    context.fillStyle = style === 'line' || style === 'note' ? colours.accent : colours.text;
    context.fillText(title, x, y);
    y += titleSize * 1.4;
  }
  context.font = `400 ${bodySize}px ${family}`;
  context.fillStyle = colours.text;
  for (const line of body) {
    context.fillText(line, x, y);
    y += bodyLineHeight;
  }
}

/** The lines a panel's text takes at these type sizes, and whether any had to be cut short. */
function layout(
  context: CanvasRenderingContext2D,
  text: PanelText,
  family: string,
  width: number,
  height: number,
  titleSize: number,
  bodySize: number,
  isButton: boolean,
) {
  titleSize = Math.round(titleSize);
  bodySize = Math.round(bodySize);
  const pad = Math.round(Math.max(titleSize * (isButton ? 0.5 : 0.7), width * 0.035));
  const room = width - pad * 2;
  const fits = (weight: number, size: number) => (line: string) => {
    context.font = `${weight} ${size}px ${family}`;
    return context.measureText(line).width <= room;
  };
  const titleLines = text.title ? 1 : 0;
  const budgetLines = Math.max(
    1,
    Math.floor(
      (height - pad * (isButton ? 1 : 2) - titleLines * titleSize * 1.4) / (bodySize * 1.35),
    ),
  );
  const body: string[] = [];
  for (const line of text.lines) {
    const left = budgetLines - body.length;
    if (left <= 0) {
      body.push('…');
      break;
    }
    body.push(...breakLines(line, fits(400, bodySize), left));
  }
  const [title = ''] = text.title ? breakLines(text.title, fits(700, titleSize), 1) : [];
  const cut = [title, ...body].some((line) => line.endsWith('…') && !text.lines.includes(line));
  return { titleSize, bodySize, pad, title, body: body.filter((line) => line !== '…'), cut };
}

/** A texture for a canvas, set up for text (sRGB, no mipmaps). */
export function panelTexture(canvas: HTMLCanvasElement): CanvasTexture {
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.generateMipmaps = false;
  texture.minFilter = LinearFilter;
  return texture;
}
