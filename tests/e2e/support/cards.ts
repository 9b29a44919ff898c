import { randomUUID } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import PocketBase from 'pocketbase';
import sharp from 'sharp';
import { expect } from '../fixtures';
import { classroomPath, fill, type Locale } from './classroom';

/**
 * Helpers for the student cards' end-to-end tests: a teacher and a class made through the
 * records API, signing in on a page that asks for it, a class's cards as the server keeps them,
 * reading a QR code off the screen, and a phone joining a class session with its card.
 */

const password = 'teacher-password-1';

/** A teacher signed up through the records API (the SDK signed in), with one class. */
export interface TeacherWithClass {
  pb: PocketBase;
  email: string;
  password: string;
  klass: { id: string; code: string; name: string };
}

export async function teacherWithClass(
  baseURL: string,
  name: string,
  roster: string[],
): Promise<TeacherWithClass> {
  const pb = new PocketBase(baseURL);
  const email = `e2e-${randomUUID()}@school.test`;
  await pb
    .collection('teachers')
    .create({ email, password, passwordConfirm: password, name: '王老师' });
  await pb.collection('teachers').authWithPassword(email, password);
  const klass = await pb.collection('classes').create({ name, grade: 'primary', roster });
  return { pb, email, password, klass: { id: klass.id, code: String(klass.code), name } };
}

/** The class's card codes by nickname, as the records API gives them to their teacher. */
export async function cardCodes(teacher: TeacherWithClass): Promise<Record<string, string>> {
  const cards = await teacher.pb
    .collection('roster_cards')
    .getFullList({ filter: teacher.pb.filter('class = {:c}', { c: teacher.klass.id }) });
  return Object.fromEntries(cards.map((card) => [String(card.nickname), String(card.code)]));
}

/** Signs in with the sign-in form a teacher page shows when nobody is signed in. */
export async function signInOnPage(page: Page, locale: Locale, teacher: TeacherWithClass) {
  const a = locale.m.teacher.auth;
  await expect(page.getByRole('heading', { name: a.signInFirst })).toBeVisible();
  await page.getByLabel(a.email, { exact: true }).fill(teacher.email);
  await page.getByLabel(a.password, { exact: true }).fill(teacher.password);
  await page.getByLabel(a.password, { exact: true }).press('Enter');
}

/** What the QR code drawn in `qr` says (read from a screenshot of it), or null. */
export async function readQr(qr: Locator): Promise<string | null> {
  // in the middle of the window, where the sticky site header cannot cover it
  await qr.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const png = await qr.screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const pixels = new Uint8ClampedArray(data.buffer, data.byteOffset, data.length);
  return jsQR(pixels, info.width, info.height)?.data ?? null;
}

/** The printed card of `nickname` on the cards page. */
export function printedCard(page: Page, nickname: string): Locator {
  return page.getByRole('article', { name: nickname, exact: true });
}

/**
 * A phone joins a class session whose class has a roster: the nickname alone is refused, the
 * phone asks for the card's code, and with it the student is in the lobby under the roster's
 * nickname.
 */
export async function joinWithCard(
  phone: Page,
  locale: Locale,
  code: string,
  card: string,
  nickname: string,
) {
  const p = locale.m.live.player;
  await phone.goto(classroomPath(locale, 'play', `code=${code}`));
  await expect(phone.getByLabel(p.code, { exact: true })).toHaveValue(code);
  await phone.getByRole('button', { name: p.join, exact: true }).click();
  await expect(phone.getByText(p.cardAsk, { exact: true })).toBeVisible();
  await expect(phone.getByLabel(p.nickname, { exact: true })).toHaveCount(0);
  const cardField = phone.getByLabel(p.card, { exact: true });
  await expect(cardField).toBeFocused();
  // typed as a student might: lower case, with the printed dash
  await cardField.fill(`${card.slice(0, 4)}-${card.slice(4)}`.toLowerCase());
  await phone.getByRole('button', { name: p.join, exact: true }).click();
  await expect(phone.getByRole('heading', { level: 1, name: p.inLobby })).toBeVisible();
  await expect(phone.locator('.nickname')).toHaveText(nickname);
}

/**
 * A student scans their card's QR code (the classroom page opens their homework and this
 * browser remembers the card), then joins the class session: the join form offers the card,
 * and the phone is in the lobby under the roster's nickname without typing anything.
 */
export async function joinWithRememberedCard(
  phone: Page,
  locale: Locale,
  code: string,
  card: { code: string; nickname: string; className: string },
) {
  const { nickname } = card;
  const h = locale.m.teacher.homework;
  const p = locale.m.live.player;
  await phone.goto(classroomPath(locale, '', `card=${card.code}`));
  const list = fill(h.cardList, { nickname, class: card.className });
  await expect(phone.getByRole('heading', { name: list, exact: true })).toBeFocused();
  await phone.goto(classroomPath(locale, 'play', `code=${code}`));
  await expect(phone.getByText(fill(p.asCard, { nickname }), { exact: true })).toBeVisible();
  await expect(phone.getByRole('button', { name: p.notMe, exact: true })).toBeVisible();
  await expect(phone.getByLabel(p.nickname, { exact: true })).toHaveCount(0);
  await phone.getByRole('button', { name: p.join, exact: true }).click();
  await expect(phone.getByRole('heading', { level: 1, name: p.inLobby })).toBeVisible();
  await expect(phone.locator('.nickname')).toHaveText(nickname);
}
