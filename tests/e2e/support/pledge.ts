import type { BrowserContext, Locator, Page, Request } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import regions from '../../../pocketbase/internal/pledge/regions.json' with { type: 'json' };
import { expect } from '../fixtures';
import { hydrated } from './islands';
import { fill, quizLocales, watchContext, type QuizLocale } from './quiz';

/**
 * Helpers for the e-pledge's end-to-end tests: the two locales, opening the pledge page once
 * its islands have hydrated, filling in and sending the sign form while recording what the
 * browser sent, reading the certificate on screen, and checking the downloaded PNG (size,
 * colours, the name drawn, the QR code).
 */

export type PledgeLocale = QuizLocale;
export const pledgeLocales: PledgeLocale[] = quizLocales;
export { fill };

export type AgeBand = 'under14' | '14to17' | '18plus';

/**
 * The quiz tests' watch on a browser context (requests to other origins, console and page
 * errors), except for one console error that is expected: Chromium logs "Failed to load
 * resource: … 404" when the verification API says, rightly with a 404, that a code is
 * unknown. Those are counted in `notFound` instead; any other 404 still counts as a problem.
 */
export function watchPledgeContext(context: BrowserContext, origin: string) {
  const watch = watchContext(context, origin);
  const notFound: string[] = [];
  context.on('console', (message) => {
    const where = message.location().url;
    if (
      message.type() === 'error' &&
      message.text().includes('status of 404') &&
      where &&
      new URL(where).pathname === '/api/jindu/pledges/verify'
    ) {
      const at = watch.problems.lastIndexOf(message.text());
      if (at >= 0) watch.problems.splice(at, 1);
      notFound.push(where);
    }
  });
  return { ...watch, notFound };
}

/** The pledge page of a locale: `/pledge/` or `/en/pledge/`. */
export function pledgePath(locale: PledgeLocale): string {
  return `${locale.prefix}/pledge/`;
}

/** The verification page of a locale, for a code or bare. */
export function verifyPath(locale: PledgeLocale, code?: string): string {
  return `${locale.prefix}/pledge/verify/${code === undefined ? '' : `?code=${code}`}`;
}

/** A province and one of its cities, by code, with their names in both languages. */
export function region(provinceCode: string, cityCode: string) {
  const province = regions.provinces.find((p) => p.code === provinceCode);
  const city = province?.cities.find((c) => c.code === cityCode);
  if (!province || !city) throw new Error(`no region ${provinceCode}/${cityCode}`);
  return { province, city };
}

/** When each page last received a proof-of-work challenge. */
const challenged = new WeakMap<Page, number>();

function isChallenge(url: string): boolean {
  return new URL(url).pathname === '/api/jindu/pledges/challenge';
}

/** Notes when the page receives proof-of-work challenges (see proofAged). */
function watchChallenges(page: Page) {
  if (challenged.has(page)) return;
  challenged.set(page, 0);
  page.on('response', (response) => {
    if (isChallenge(response.url())) challenged.set(page, Date.now());
  });
}

/**
 * Waits until the page's latest proof-of-work challenge is over a second old. The server
 * refuses a proof used sooner (no person fills the form in faster), and the form's own retry
 * then usually fails too (a bug, see the stale-proof test), so the tests sign at human speed.
 */
export async function proofAged(page: Page) {
  const at = challenged.get(page) ?? 0;
  const wait = at + 1_200 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
}

/** Opens the pledge page and waits for the form (or the kept certificate) and the live count. */
export async function openPledge(page: Page, locale: PledgeLocale) {
  watchChallenges(page);
  const challenge = page.waitForResponse((response) => isChallenge(response.url()));
  await page.goto(pledgePath(locale));
  await hydrated(page, 'PledgeForm');
  await hydrated(page, 'PledgeLive');
  await challenge;
}

/** Opens the verification page for a code and waits for its island. */
export async function openVerify(page: Page, locale: PledgeLocale, code: string) {
  await page.goto(verifyPath(locale, code));
  await hydrated(page, 'VerifyPledge');
}

/** The sign form (gone once signed). */
export function signForm(page: Page): Locator {
  return page.locator('form.pledge-form');
}

/** An age band's radio chip. */
export function bandRadio(page: Page, locale: PledgeLocale, band: AgeBand): Locator {
  return signForm(page).getByRole('radio', { name: locale.m.pledge.form.bands[band], exact: true });
}

export function nameField(page: Page, locale: PledgeLocale): Locator {
  return page.getByRole('textbox', { name: locale.m.pledge.form.name, exact: true });
}

export function provinceField(page: Page, locale: PledgeLocale): Locator {
  return page.getByRole('combobox', { name: locale.m.pledge.form.province, exact: true });
}

export function cityField(page: Page, locale: PledgeLocale): Locator {
  return page.getByRole('combobox', { name: locale.m.pledge.form.city, exact: true });
}

export function schoolField(page: Page, locale: PledgeLocale): Locator {
  return page.getByRole('textbox', { name: locale.m.pledge.form.school, exact: true });
}

/** The submit button, whatever it says (sign / checking you are not a robot / sending). */
export function submitButton(page: Page): Locator {
  return signForm(page).locator('button[type="submit"]');
}

/** The certificate's heading ("你的承诺书" / "Your pledge certificate"). */
export function certificateHeading(page: Page, locale: PledgeLocale): Locator {
  return page.getByRole('heading', {
    level: 2,
    name: locale.m.pledge.certificate.title,
    exact: true,
  });
}

/** The certificate section. */
export function certificate(page: Page): Locator {
  return page.locator('section.certificate');
}

/** The live count's paragraph; its `data-pledge-total` is the number. */
export function liveTotal(page: Page): Locator {
  return page.locator('[data-pledge-total]');
}

/** The live count as a number, once it has loaded. */
export async function readLiveTotal(page: Page): Promise<number> {
  await expect(liveTotal(page)).toHaveAttribute('data-pledge-total', /^\d+$/);
  return Number(await liveTotal(page).getAttribute('data-pledge-total'));
}

/** True for the sign call (POST /api/jindu/pledges). */
export function isSignCall(request: Request): boolean {
  return request.method() === 'POST' && new URL(request.url()).pathname === '/api/jindu/pledges';
}

/** Records every sign call a page makes, with its JSON body. */
export function watchSignCalls(page: Page) {
  const bodies: Record<string, unknown>[] = [];
  const raw: string[] = [];
  page.on('request', (request) => {
    if (!isSignCall(request)) return;
    const text = request.postData() ?? '';
    raw.push(text);
    bodies.push(JSON.parse(text || '{}') as Record<string, unknown>);
  });
  return { bodies, raw };
}

export interface Signer {
  band: AgeBand;
  name: string;
  /** Province and city codes (from 14 only). */
  province?: string;
  city?: string;
  school?: string;
}

/** Fills in the form as a person would, with the mouse (waits for the fields to appear). */
export async function fillForm(page: Page, locale: PledgeLocale, signer: Signer) {
  await bandRadio(page, locale, signer.band).check();
  await nameField(page, locale).fill(signer.name);
  if (signer.province) {
    await provinceField(page, locale).selectOption(signer.province);
    if (signer.city) {
      await expect(cityField(page, locale)).toBeEnabled();
      await cityField(page, locale).selectOption(signer.city);
    }
  }
  if (signer.school) await schoolField(page, locale).fill(signer.school);
}

/** What the certificate on screen says. */
export interface ShownCertificate {
  number: number;
  code: string;
  date: string;
  /** The verification link's href as written. */
  href: string;
}

/** Reads the certificate on screen: the code from its link, number and date from the picture's alt. */
export async function readCertificate(
  page: Page,
  locale: PledgeLocale,
  name: string,
): Promise<ShownCertificate> {
  const c = locale.m.pledge.certificate;
  const link = certificate(page).getByRole('link', {
    name: new RegExp(`^${fill(c.code, { code: '[A-Z0-9]{10}' })}$`),
  });
  const text = (await link.textContent())!.trim();
  const code = /([A-Z0-9]{10})$/.exec(text)![1]!;
  const picture = certificate(page).getByRole('img');
  await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/);
  const alt = (await picture.getAttribute('alt'))!;
  const pattern = new RegExp(
    `^${escape(c.alt)
      .replace(escape('{{name}}'), escape(name))
      .replace(escape('{{number}}'), '(\\d+)')
      .replace(escape('{{date}}'), '(\\d{4}-\\d{2}-\\d{2})')}$`,
  );
  const match = pattern.exec(alt);
  expect(match, `the picture's alt "${alt}" names ${name}, the number and the date`).toBeTruthy();
  return {
    number: Number(match![1]),
    date: match![2]!,
    code,
    href: (await link.getAttribute('href'))!,
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Sends the filled-in form and waits for the certificate, its heading focused. The button
 * may first say it is checking for robots (the proof of work, which the server accepts only
 * a second after issuing it). Returns the certificate shown and the body the browser sent.
 */
export async function submitAndWait(
  page: Page,
  locale: PledgeLocale,
  name: string,
  by: 'click' | 'enter' = 'click',
) {
  const sent = page.waitForRequest(isSignCall);
  const answered = page.waitForResponse((response) => isSignCall(response.request()));
  await proofAged(page);
  if (by === 'click') await submitButton(page).click();
  else await page.keyboard.press('Enter');
  const request = await sent;
  const response = await answered;
  expect(response.ok(), `sign answered ${response.status()}: ${await response.text()}`).toBe(true);
  await expect(certificateHeading(page, locale)).toBeFocused({ timeout: 15_000 });
  const shown = await readCertificate(page, locale, name);
  return {
    shown,
    body: JSON.parse(request.postData() ?? '{}') as Record<string, unknown>,
    status: response.status(),
  };
}

/** Fills in the form and signs; see submitAndWait. */
export async function signPledge(page: Page, locale: PledgeLocale, signer: Signer) {
  await fillForm(page, locale, signer);
  return submitAndWait(page, locale, signer.name);
}

/** What the server says about a code (the call the verification page makes). */
export async function serverVerify(page: Page, code: string) {
  const response = await page.request.get(`/api/jindu/pledges/verify?code=${code}`);
  return { status: response.status(), body: (await response.json()) as Record<string, unknown> };
}

/** The origin serving the page: the certificate's link and QR code lead there. */
export async function siteOrigin(page: Page): Promise<string> {
  return new URL(page.url()).origin;
}

/** The masked name the server shows for a name: "张**", "L***". */
export function masked(name: string): string {
  const initial = Array.from(name)[0]!;
  const upper = initial.toUpperCase();
  return upper !== initial.toLowerCase() ? `${upper}***` : `${initial}**`;
}

/** What a downloaded certificate PNG holds. */
export interface CertificateImage {
  format: string | undefined;
  width: number | undefined;
  height: number | undefined;
  /** Distinct colours (in 32-level buckets per channel). */
  colours: number;
  /** Per-channel standard deviation (R, G, B). */
  deviation: number[];
  /** Dark ink pixels just above the signer's underline, where the name is drawn (left of the QR code). */
  nameInk: number;
  /** The row of the underline below the name (-1: not found). */
  underlineRow: number;
  /**
   * Blank rows between the footer line at the bottom and whatever is drawn above it (the
   * code, the QR code's caption): a few or none when they run into each other.
   */
  footerClearance: number;
  /** What the QR code says, or null. */
  qr: string | null;
}

/**
 * Reads a certificate PNG: its size, how varied its colours are, how much ink is in the
 * name's place (found from the brand-coloured underline drawn under the name) and what its
 * QR code says.
 */
export async function readCertificateImage(file: string): Promise<CertificateImage> {
  const metadata = await sharp(file).metadata();
  const stats = await sharp(file).stats();
  const { data, info } = await sharp(file)
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { width, height, channels } = info;
  const at = (x: number, y: number) => {
    const i = (y * width + x) * channels;
    return [data[i]!, data[i + 1]!, data[i + 2]!];
  };
  const buckets = new Set<number>();
  for (let y = 0; y < height; y += 3)
    for (let x = 0; x < width; x += 3) {
      const [r, g, b] = at(x, y);
      buckets.add(((r! >> 3) << 10) | ((g! >> 3) << 5) | (b! >> 3));
    }
  // the brand green #0b6e4f underline, 560 px wide from x = 150, below the name
  const brand = (x: number, y: number) => {
    const [r, g, b] = at(x, y);
    return Math.abs(r! - 0x0b) < 24 && Math.abs(g! - 0x6e) < 24 && Math.abs(b! - 0x4f) < 24;
  };
  let underlineRow = -1;
  for (let y = 900; y < height - 200 && underlineRow < 0; y++)
    if ([200, 400, 600, 700].every((x) => brand(x, y))) underlineRow = y;
  let nameInk = 0;
  if (underlineRow > 0)
    for (let y = underlineRow - 130; y < underlineRow - 20; y++)
      for (let x = 150; x < 760; x++) {
        const [r, g, b] = at(x, y);
        if (r! + g! + b! < 200) nameInk++;
      }
  // ink: anything well away from the paper colour #fbfaf6, inside the inner frame
  const inkRow = (y: number) => {
    for (let x = 90; x < width - 90; x += 2) {
      const [r, g, b] = at(x, y);
      if (Math.abs(r! - 0xfb) + Math.abs(g! - 0xfa) + Math.abs(b! - 0xf6) > 60) return true;
    }
    return false;
  };
  let row = height - 90; // above the inner frame's bottom line
  while (row > 0 && !inkRow(row)) row--; // up to the footer's last row
  while (row > 0 && inkRow(row)) row--; // through the footer
  let footerClearance = 0;
  while (row > 0 && !inkRow(row)) {
    footerClearance++;
    row--;
  }
  const qr = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width, height);
  return {
    format: metadata.format,
    width: metadata.width,
    height: metadata.height,
    colours: buckets.size,
    deviation: stats.channels.slice(0, 3).map((channel) => channel.stdev),
    nameInk,
    underlineRow,
    footerClearance,
    qr: qr?.data ?? null,
  };
}
