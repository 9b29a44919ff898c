import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { config } from '../../../scripts/lib/config.mjs';
import { root } from '../../../scripts/lib/paths.mjs';
import en from '../../../src/i18n/en.json' with { type: 'json' };
import zhCn from '../../../src/i18n/zh-cn.json' with { type: 'json' };
import { fill } from '../../../src/lib/messages';
import { readYamlFiles } from '../../../src/lib/quiz/files';
import { testQuizzes } from '../../support/server';
import { expect } from '../fixtures';
import { hydrated } from './islands';

/**
 * Helpers for the quiz player's end-to-end tests: the two locales with their messages, reading
 * the question on screen, the right (or a wrong) answer to it from the banks, answering by mouse
 * or keyboard, and a watch on requests to other origins and console errors.
 */

export type Messages = typeof zhCn;

export interface QuizLocale {
  /** The site's locale id, as the API takes it. */
  id: 'zh-cn' | 'en';
  /** The path prefix of this locale's pages. */
  prefix: '' | '/en';
  /** The browser's locale for a context in this language. */
  browserLocale: string;
  m: Messages;
}

export const quizLocales: QuizLocale[] = [
  { id: 'zh-cn', prefix: '', browserLocale: 'zh-CN', m: zhCn },
  { id: 'en', prefix: '/en', browserLocale: 'en-GB', m: en },
];

/** A quiz page in a locale, e.g. `/en/quiz/daily/`. */
export function quizPath(locale: QuizLocale, slug: string): string {
  return `${locale.prefix}/quiz/${slug}/`;
}

export { fill };

/** One bank question as the YAML says it (only what the tests need). */
interface BankQuestion {
  id: string;
  type: 'single' | 'multiple' | 'truefalse' | 'image';
  entry?: string;
  answer: boolean | number[];
  'zh-cn': { stem: string; options?: string[]; explanation: string };
  en: { stem: string; options?: string[]; explanation: string };
}

/**
 * Every bank question by its stem in either language, read from the banks' YAML as the
 * server's sync read them: the real banks and the tests' own (see support/server.ts), since a
 * test contest that has closed releases its questions to every pool, the daily one included.
 * The page names questions by handles that mean nothing outside the attempt, so the tests know
 * a question only by its words.
 */
export const bank: Map<string, BankQuestion> = new Map(
  ['quizzes/banks', path.join(testQuizzes, 'banks')]
    .flatMap((dir) => readYamlFiles(root, dir))
    .flatMap(({ data }) => (data as { questions: BankQuestion[] }).questions)
    .flatMap((question) => [
      [question['zh-cn'].stem, question] as const,
      [question.en.stem, question] as const,
    ]),
);

/** The bank question behind a shown question. */
export function bankQuestion(shown: { stem: string }): BankQuestion {
  const question = bank.get(shown.stem);
  if (!question) throw new Error(`the page showed "${shown.stem}", which is in no bank`);
  return question;
}

/** A question as the player shows it. */
export interface ShownQuestion {
  id: string;
  stem: string;
  /** The option texts in shown order (true/false: the two labels). */
  options: string[];
  multiple: boolean;
}

/** The player island. */
export function player(page: Page, locale: QuizLocale): Locator {
  return page.getByRole('region', { name: locale.m.quiz.player.regionLabel, exact: true });
}

/** The question's fieldset: its legend is the kind of question and the stem. */
export function questionGroup(page: Page): Locator {
  return page.locator('form.answer fieldset');
}

/** The visually hidden heading the player focuses on each new question ("Question 3 of 10"). */
export function questionHeading(page: Page, locale: QuizLocale, current: number, total: number) {
  return page.getByRole('heading', {
    level: 2,
    name: fill(locale.m.quiz.player.progress, { current, total }),
    exact: true,
  });
}

/** The results heading ("答题结果" / "Your results"). */
export function resultsHeading(page: Page, locale: QuizLocale): Locator {
  return page.getByRole('heading', { level: 2, name: locale.m.quiz.results.title, exact: true });
}

/** The review list's items, one per question. */
export function reviewItems(page: Page, locale: QuizLocale): Locator {
  return page
    .getByRole('region', { name: locale.m.quiz.results.review, exact: true })
    .getByRole('listitem');
}

/** Reads the question on screen (wait for its heading first). */
export async function readQuestion(page: Page): Promise<ShownQuestion> {
  const group = questionGroup(page);
  const inputs = group.locator('input');
  const name = await inputs.first().getAttribute('name');
  const stem = await group.locator('legend .stem').textContent();
  const options = await group.locator('label .text').allTextContents();
  return {
    id: (name ?? '').replace(/^question-/, ''),
    stem: (stem ?? '').trim(),
    options: options.map((text) => text.trim()),
    multiple: (await inputs.first().getAttribute('type')) === 'checkbox',
  };
}

/** The shown option positions that answer `question` rightly. */
export function rightChoice(question: ShownQuestion, locale: QuizLocale): number[] {
  const source = bankQuestion(question);
  if (typeof source.answer === 'boolean') return [source.answer ? 0 : 1];
  const bankOptions = (source[locale.id].options ?? []).map((text) => text.trim());
  const positions = question.options.flatMap((text, position) =>
    (source.answer as number[]).includes(bankOptions.indexOf(text)) ? [position] : [],
  );
  if (positions.length !== source.answer.length)
    throw new Error(`could not match the options of ${question.id} to the bank`);
  return positions;
}

/**
 * An answer that is not right: one option that is not part of the key. Where every option is
 * (a "select all that apply" whose answer is all of them) no wrong one exists, and the player
 * sends nothing less than one option, so it is the first option alone: partial credit. Without
 * this the choice was option -1, a key press ("0") that chose nothing.
 */
export function wrongChoice(question: ShownQuestion, locale: QuizLocale): number[] {
  const right = rightChoice(question, locale);
  const wrong = question.options.findIndex((_, position) => !right.includes(position));
  return [wrong === -1 ? 0 : wrong];
}

export type Outcome = keyof Messages['quiz']['player']['outcome'];

/** How the server judges a choice (see pocketbase/internal/quiz/scoring.go). */
export function expectedOutcome(
  question: ShownQuestion,
  locale: QuizLocale,
  choice: number[],
): Outcome {
  const right = rightChoice(question, locale);
  const same = [...choice].sort().join() === [...right].sort().join();
  if (same) return 'correct';
  if (question.multiple && choice.length > 0 && choice.every((i) => right.includes(i)))
    return 'partial';
  return 'wrong';
}

/** The key that picks option `index`: a digit, or its letter (options are labelled A, B, C…). */
export function keyFor(index: number, as: 'digit' | 'letter'): string {
  return as === 'digit' ? String(index + 1) : String.fromCharCode('a'.charCodeAt(0) + index);
}

/**
 * Answers the question on screen. `click`: clicks the options, then the submit button;
 * `keys`: presses their digits (or letters), then Enter.
 */
export async function answerQuestion(
  page: Page,
  locale: QuizLocale,
  question: ShownQuestion,
  choice: number[],
  by: 'click' | 'digits' | 'letters',
) {
  const group = questionGroup(page);
  const inputs = group.getByRole(question.multiple ? 'checkbox' : 'radio');
  for (const index of choice) {
    if (by === 'click') await group.locator('label').nth(index).click();
    else await page.keyboard.press(keyFor(index, by === 'digits' ? 'digit' : 'letter'));
    await expect(inputs.nth(index)).toBeChecked();
  }
  if (by === 'click')
    await page.getByRole('button', { name: locale.m.quiz.player.submit, exact: true }).click();
  else await page.keyboard.press('Enter');
}

/** The browser's participant token and, while open, its attempt at `slug`. */
export async function stored(page: Page, slug: string) {
  return page.evaluate((quiz) => {
    const participant = JSON.parse(localStorage.getItem('jindu.participant') ?? 'null') as {
      token: string;
    } | null;
    return {
      token: participant?.token ?? '',
      attempt: localStorage.getItem(`jindu.attempt.${quiz}`),
    };
  }, slug);
}

/** What the server says about an attempt (the resume call the player itself makes). */
export async function serverAttempt(page: Page, token: string, id: string, locale: QuizLocale) {
  const response = await page.request.get(`/api/jindu/attempts/${id}?locale=${locale.id}`, {
    headers: { 'x-participant': token },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as {
    status: 'open' | 'finished';
    count: number;
    current: { index: number; id: string; stem: string } | null;
    result?: { score: number; maxScore: number; correct: number; total: number };
  };
}

/**
 * Watches a browser context for requests to other origins and for console errors and page
 * errors (Chromium's complaints about the Permissions-Policy header among them).
 */
export function watchContext(context: BrowserContext, origin: string) {
  const foreign: string[] = [];
  const problems: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      foreign.push(request.url());
  });
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  context.on('weberror', (error) => problems.push(error.error().message));
  return { foreign, problems };
}

const shotsDir = '/tmp/e2e-shots';

/**
 * Saves a screenshot to /tmp/e2e-shots/ when E2E_SHOTS is set, to look at by eye: what the
 * viewport shows, or the whole page.
 */
export async function shoot(page: Page, name: string, fullPage = false) {
  if (!config.e2eShots) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage });
}

/**
 * Waits for the results after the last answer. A quiz with feedback at the end should go
 * straight there, but the player shows the last question's feedback first (a bug, see the
 * timer test); then this clicks "See my results" as a student would. Says whether the results
 * came without that click.
 */
export async function reachResults(page: Page, locale: QuizLocale, timeout = 5_000) {
  const heading = resultsHeading(page, locale);
  const button = page.getByRole('button', { name: locale.m.quiz.player.results, exact: true });
  await expect(heading.or(button)).toBeVisible({ timeout });
  if (await heading.isVisible()) return true;
  await button.click();
  await expect(heading).toBeFocused();
  return false;
}

/**
 * Opens a quiz page and waits until its player island has hydrated (Astro removes the island's
 * `ssr` attribute then). Clicking Start any earlier submits the server-rendered form natively:
 * the page reloads with `?` and the click is lost (a bug, see the report).
 */
export async function openQuiz(page: Page, locale: QuizLocale, slug: string) {
  await page.goto(quizPath(locale, slug));
  await playerHydrated(page);
}

/** Waits until the quiz player island on the page has hydrated. */
export const playerHydrated = (page: Page) => hydrated(page, 'QuizPlayer');

/**
 * Expects every element the locators match to be wholly on screen: below the sticky site
 * header and above the bottom of the window.
 */
export async function expectInView(page: Page, locators: Locator[]) {
  const header = (await page.locator('.site-header').boundingBox())!;
  const bottom = page.viewportSize()!.height;
  for (const locator of locators) {
    for (const box of await locator.evaluateAll((elements) =>
      elements.map((element) => {
        const { top, bottom } = element.getBoundingClientRect();
        return { top, bottom, text: (element.textContent ?? '').trim().slice(0, 24) };
      }),
    )) {
      expect(box.top, `"${box.text}" starts below the header`).toBeGreaterThanOrEqual(
        header.y + header.height - 1,
      );
      expect(box.bottom, `"${box.text}" ends on screen`).toBeLessThanOrEqual(bottom + 1);
    }
  }
}
