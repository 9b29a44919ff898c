import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Download, Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import { bank, fill, quizLocales, watchContext, type QuizLocale } from './quiz';

/**
 * Helpers for the live classroom's end-to-end tests: a teacher's sign-up, class and session
 * through the UI, students' phones as separate browser contexts, the answer key of the question
 * on a phone (read from the banks by its stem, as the server synced them), and the projector's
 * and the report's figures as a user reads them.
 */

export type Locale = QuizLocale;
export const zhCn = quizLocales.find((locale) => locale.id === 'zh-cn')!;
export const en = quizLocales.find((locale) => locale.id === 'en')!;
export { fill };

/** A page of the classroom in a locale, e.g. `/en/classroom/play/?code=123456`. */
export function classroomPath(locale: Locale, page = '', query = ''): string {
  return `${locale.prefix}/classroom/${page ? `${page}/` : ''}${query ? `?${query}` : ''}`;
}

/** Every browser context of a test, watched for other origins and errors, closed at the end. */
export class Room {
  private readonly contexts: BrowserContext[] = [];
  private readonly watches: ReturnType<typeof watchContext>[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly origin: string,
  ) {}

  /** A new device (a browser context of its own, so its own localStorage) with one page. */
  async device(locale: Locale): Promise<Page> {
    const context = await this.browser.newContext({
      baseURL: this.origin,
      locale: locale.browserLocale,
    });
    this.contexts.push(context);
    this.watches.push(watchContext(context, this.origin));
    return context.newPage();
  }

  /** What every device saw: requests to other origins, console and page errors. */
  seen() {
    return {
      foreign: this.watches.flatMap((watch) => watch.foreign),
      problems: this.watches.flatMap((watch) => watch.problems),
    };
  }

  async close() {
    await Promise.all(this.contexts.map((context) => context.close()));
  }
}

/** Signs a new teacher up on the classroom hub; the hub goes on to the dashboard. */
export async function signUpTeacher(
  page: Page,
  locale: Locale,
  teacher: { email: string; password: string; name: string; school: string },
) {
  const a = locale.m.teacher.auth;
  await page.goto(classroomPath(locale));
  const teacherSide = page.getByRole('region', { name: locale.m.teacher.hub.teacherTitle });
  await teacherSide.getByRole('button', { name: a.signUp, exact: true }).click();
  await expect(teacherSide.getByRole('button', { name: a.signUp, exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await teacherSide.getByLabel(a.email, { exact: true }).fill(teacher.email);
  await teacherSide.getByLabel(a.password, { exact: true }).fill(teacher.password);
  await teacherSide.getByLabel(a.passwordAgain, { exact: true }).fill(teacher.password);
  await teacherSide.getByLabel(a.name, { exact: true }).fill(teacher.name);
  await teacherSide.getByLabel(a.school, { exact: true }).fill(teacher.school);
  await teacherSide.getByRole('button', { name: a.submitSignUp, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${classroomPath(locale, 'teacher')}$`));
  await expect(
    page.getByText(fill(locale.m.teacher.dashboard.hello, { name: teacher.name }), { exact: true }),
  ).toBeVisible();
}

/** Creates a class with a roster on the dashboard. */
export async function createClass(page: Page, locale: Locale, name: string, roster: string[]) {
  const d = locale.m.teacher.dashboard;
  const classes = page.getByRole('region', { name: d.classes, exact: true });
  await classes.getByRole('button', { name: d.newClass, exact: true }).click();
  const form = classes.getByRole('form', { name: d.newClass, exact: true });
  await form.getByLabel(d.className, { exact: true }).fill(name);
  await form
    .getByLabel(d.grade, { exact: true })
    .selectOption({ label: locale.m.quiz.grade.junior });
  await form.getByLabel(d.roster, { exact: true }).fill(roster.join('\n'));
  await form.getByRole('button', { name: d.save, exact: true }).click();
  await expect(classes.getByRole('status')).toHaveText(fill(d.saved, { name }));
  await expect(
    classes
      .getByRole('listitem')
      .filter({ hasText: name })
      .getByText(fill(d.students, { count: roster.length })),
  ).toBeVisible();
}

/** The session builder's form on the dashboard. */
export function builder(page: Page, locale: Locale): Locator {
  return page.getByRole('form', { name: locale.m.teacher.builder.title, exact: true });
}

/** The join code the projector's lobby shows (read from the QR code's label), checked against the big code. */
export async function lobbyCode(host: Page, locale: Locale): Promise<string> {
  const h = locale.m.live.host;
  const qr = host.getByRole('img', {
    name: new RegExp(fill(h.qrLabel, { code: '\\d{6}' }).replace(/[()]/g, '\\$&')),
  });
  await expect(qr).toBeVisible();
  const code = /(\d{6})/.exec((await qr.getAttribute('aria-label')) ?? '')![1]!;
  await expect(
    host.getByText(`${code.slice(0, 3)} ${code.slice(3)}`, { exact: true }),
  ).toBeVisible();
  return code;
}

/** The projector's live answer count, e.g. "3 / 5 answered". */
export function answerCount(host: Page): Locator {
  return host.locator('.clock .answers');
}

/** Expects the projector's answer count to read `count / total`. */
export async function expectAnswerCount(host: Page, count: number, total: number) {
  await expect(answerCount(host)).toHaveText(new RegExp(`^\\s*${count}\\s*/\\s*${total}\\D`));
}

/** The projector's pacing button ("Start", "Results", "Leaderboard", "Next", "End"). */
export function advance(host: Page, locale: Locale, label: string): Locator {
  return host
    .getByRole('navigation', { name: locale.m.live.host.controls })
    .getByRole('button', { name: label, exact: true });
}

/** A student's phone: joins by the code in the link with a nickname, lands in the lobby. */
export async function joinByCode(phone: Page, locale: Locale, code: string, nickname: string) {
  const p = locale.m.live.player;
  await phone.goto(classroomPath(locale, 'play', `code=${code}`));
  await expect(phone.getByRole('heading', { level: 1, name: p.pageTitle })).toBeVisible();
  await expect(phone.getByLabel(p.code, { exact: true })).toHaveValue(code);
  await phone.getByLabel(p.nickname, { exact: true }).fill(nickname);
  await phone.getByRole('button', { name: p.join, exact: true }).click();
  await expect(phone.getByRole('heading', { level: 1, name: p.inLobby })).toBeVisible();
  await expect(phone.getByText(nickname, { exact: true }).first()).toBeVisible();
}

/** A bank question as the YAML says it. */
export type BankQuestion = NonNullable<ReturnType<typeof bank.get>>;

/** The bank question whose stem in `locale` is `stem`. */
export function bankByStem(locale: Locale, stem: string): BankQuestion {
  // the bank map holds each question under both its stems: count each question once
  const found = [...new Set(bank.values())].filter((q) => q[locale.id].stem.trim() === stem.trim());
  if (found.length !== 1) throw new Error(`${found.length} bank questions have the stem ${stem}`);
  return found[0]!;
}

/** A question as a phone shows it. */
export interface PhoneQuestion {
  stem: string;
  source: BankQuestion;
  /** The answer buttons' texts in shown order (true/false: the two labels). */
  options: string[];
  /** The shown positions of the key. */
  right: number[];
}

/** Waits for a question on a phone and reads it, with its key from the bank. */
export async function readPhoneQuestion(phone: Page, locale: Locale): Promise<PhoneQuestion> {
  const stemHeading = phone.locator('h1.stem');
  await expect(stemHeading).toBeVisible();
  const stem = ((await stemHeading.textContent()) ?? '').trim();
  const source = bankByStem(locale, stem);
  const pad = phone.getByRole('group', { name: locale.m.live.player[source.type] });
  await expect(pad.getByRole('button').first()).toBeEnabled();
  const options = (await pad.locator('.answer .text').allTextContents()).map((t) => t.trim());
  let right: number[];
  if (typeof source.answer === 'boolean') {
    expect(options).toEqual([locale.m.live.true, locale.m.live.false]);
    right = [source.answer ? 0 : 1];
  } else {
    const bankOptions = (source[locale.id].options ?? []).map((t) => t.trim());
    expect([...options].sort()).toEqual([...bankOptions].sort());
    right = (source.answer as number[]).map((i) => options.indexOf(bankOptions[i]!));
  }
  return { stem, source, options, right: right.sort() };
}

/** A wrong answer: the first shown option outside the key. */
export function wrongOf(question: PhoneQuestion): number[] {
  return [question.options.findIndex((_, i) => !question.right.includes(i))];
}

/**
 * Answers the question on a phone (taps; multiple choice also submits) and waits for "sent", or
 * for the feedback when this answer was the last one.
 */
export async function answerOnPhone(
  phone: Page,
  locale: Locale,
  question: PhoneQuestion,
  choice: number[],
) {
  const p = locale.m.live.player;
  const pad = phone.getByRole('group', { name: p[question.source.type] });
  const buttons = pad.locator('button.answer');
  for (const index of choice) await buttons.nth(index).click();
  if (question.source.type === 'multiple')
    await pad.getByRole('button', { name: p.submit, exact: true }).click();
  // the last answer closes the question at once: then the feedback comes instead of "sent"
  const feedback = phone.getByRole('heading', {
    level: 1,
    name: new RegExp(`^(${[p.outcome.correct, p.outcome.wrong, p.outcome.partial].join('|')})$`),
  });
  await expect(phone.getByText(`✓ ${p.sent}`, { exact: true }).or(feedback)).toBeVisible();
}

/** The definition list value of a headline figure on the report, e.g. "Awareness rate" → "60%". */
export function headlineValue(report: Page, locale: Locale, name: string): Locator {
  const r = locale.m.teacher.report;
  return report
    .getByRole('region', { name: r.headline, exact: true })
    .locator('div')
    .filter({ has: report.getByRole('term').filter({ hasText: new RegExp(`^${name}$`) }) })
    .getByRole('definition')
    .first();
}

/** A whole-number percentage as the report writes it. */
export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** Reads a downloaded CSV (UTF-8 with a byte order mark) into rows of cells. */
export async function readCsv(download: Download): Promise<{ bom: boolean; rows: string[][] }> {
  const text = await readFile((await download.path())!, 'utf8');
  const bom = text.startsWith('\uFEFF');
  const rows = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => line.split(','));
  return { bom, rows };
}
