import type { Locator, Page } from '@playwright/test';
import { expect, test as base } from './fixtures';
import { expectNoViolations } from './support/axe';
import { sidewaysOverflow } from './support/fit';
import {
  expectInView,
  answerQuestion,
  bankQuestion,
  expectedOutcome,
  fill,
  openQuiz,
  player,
  playerHydrated,
  questionGroup,
  questionHeading,
  quizLocales,
  quizPath,
  reachResults,
  readQuestion,
  resultsHeading,
  reviewItems,
  rightChoice,
  serverAttempt,
  shoot,
  stored,
  watchContext,
  wrongChoice,
  type QuizLocale,
  type ShownQuestion,
} from './support/quiz';

/**
 * The quiz player in real Chromium against the real server, in both locales: a timed test from
 * start to results, resuming after a reload, the daily challenge's shared questions, the clock
 * running out, keyboard-only play, axe in every state, and a 360 px phone. Every test also
 * fails if the page asks another origin for anything or logs an error (the `offsite` fixture).
 */
const test = base.extend<{ offsite: ReturnType<typeof watchContext> }>({
  offsite: [
    async ({ context, baseURL }, use) => {
      const watch = watchContext(context, new URL(baseURL!).origin);
      await use(watch);
      expect(watch.foreign, 'requests to other origins').toEqual([]);
      expect(watch.problems, 'console and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** Presses Tab until `target` has focus (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** How the results write an answer: "B. text" (several joined by " / "), or True/False. */
function answerTextFor(locale: QuizLocale, question: ShownQuestion, choice: number[]) {
  if (bankQuestion(question).type === 'truefalse')
    return choice[0] === 0 ? locale.m.quiz.player.true : locale.m.quiz.player.false;
  return choice
    .map((index) => `${String.fromCharCode(65 + index)}. ${question.options[index]}`)
    .join(' / ');
}

function startButton(page: Page, locale: QuizLocale) {
  return page.getByRole('button', { name: locale.m.quiz.player.start, exact: true });
}

for (const locale of quizLocales) {
  const { m } = locale;
  const outcomes = m.quiz.player.outcome;

  test.describe(`quiz player (${locale.id})`, () => {
    test.describe.configure({ mode: 'parallel' });
    test.use({ locale: locale.browserLocale });

    test('a student takes the timed test: every question, the score, and the review with explanations and working encyclopedia links', async ({
      page,
      request,
    }) => {
      test.setTimeout(90_000);
      const total = 10;
      await openQuiz(page, locale, 'test-junior');
      await expect(page.locator('html')).toHaveAttribute(
        'lang',
        locale.id === 'en' ? 'en' : 'zh-CN',
      );
      await startButton(page, locale).click();
      await expect(questionHeading(page, locale, 1, total)).toBeFocused();
      const { token, attempt } = await stored(page, 'test-junior');
      expect(attempt).toBeTruthy();

      const shown: ShownQuestion[] = [];
      const chosen: number[][] = [];
      for (let i = 0; i < total; i++) {
        await expect(questionHeading(page, locale, i + 1, total)).toBeFocused();
        // a timed question shows its clock
        await expect(
          player(page, locale).getByText(
            new RegExp(`^${fill(m.quiz.player.timeLeft, { seconds: '\\d+' })}$`),
          ),
        ).toBeAttached();
        const question = await readQuestion(page);
        if (i === 0) await shoot(page, `${locale.id}-desktop-test-question`);
        // every other answer right, so the results must say 5 of 10
        const choice = i % 2 === 0 ? rightChoice(question, locale) : wrongChoice(question, locale);
        const by = (['click', 'digits', 'click', 'letters'] as const)[i % 4]!;
        await answerQuestion(page, locale, question, choice, by);
        shown.push(question);
        chosen.push(choice);
      }

      await reachResults(page, locale);
      await expect(resultsHeading(page, locale)).toBeFocused();
      await shoot(page, `${locale.id}-desktop-test-results`, true);
      const server = await serverAttempt(page, token, attempt!, locale);
      expect(server.status).toBe('finished');
      expect(server.result).toMatchObject({ correct: 5, total });
      const results = player(page, locale);
      await expect(
        results.getByText(fill(m.quiz.results.score, { score: server.result!.score }), {
          exact: true,
        }),
      ).toBeVisible();
      expect(server.result!.score).toBeGreaterThan(0);
      await expect(
        results.getByText(fill(m.quiz.results.outOf, { max: server.result!.maxScore })),
      ).toBeVisible();
      await expect(
        results.getByText(fill(m.quiz.results.correct, { correct: 5, total })),
      ).toBeVisible();
      const topics = results
        .getByRole('region', { name: m.quiz.results.topics, exact: true })
        .getByRole('listitem');
      expect(await topics.count()).toBeGreaterThanOrEqual(1);

      // the review: every question in order, right answer, the student's answer, explanation
      const items = reviewItems(page, locale);
      await expect(items).toHaveCount(total);
      const verdicts = await items.locator('.verdict').allTextContents();
      const right = verdicts.filter((verdict) => verdict.trim().startsWith(outcomes.correct));
      expect(right).toHaveLength(5);
      const entryLinks = new Set<string>();
      for (const [i, question] of shown.entries()) {
        const item = items.nth(i);
        const source = bankQuestion(question);
        await expect(item.locator('.stem')).toHaveText(question.stem);
        expect(verdicts[i]!.trim()).toMatch(
          new RegExp(`^${outcomes[expectedOutcome(question, locale, chosen[i]!)]}`),
        );
        await expect(item).toContainText(
          fill(m.quiz.player.correctAnswer, {
            answer: answerTextFor(locale, question, rightChoice(question, locale)),
          }),
        );
        await expect(item).toContainText(
          fill(m.quiz.results.yourAnswer, { answer: answerTextFor(locale, question, chosen[i]!) }),
        );
        await expect(item.locator('.explanation')).toHaveText(source[locale.id].explanation.trim());
        const link = item.getByRole('link', { name: m.quiz.player.learnMore, exact: true });
        if (source.entry) {
          await expect(link).toHaveAttribute(
            'href',
            `${locale.prefix}/encyclopedia/${source.entry}/`,
          );
          entryLinks.add((await link.getAttribute('href'))!);
        } else await expect(link).toHaveCount(0);
      }
      expect(entryLinks.size).toBeGreaterThanOrEqual(1);
      for (const href of entryLinks) expect((await request.get(href)).status(), href).toBe(200);

      // the result card downloads as a PNG
      const download = page.waitForEvent('download');
      await results.getByRole('button', { name: m.quiz.results.download, exact: true }).click();
      expect((await download).suggestedFilename()).toBe('jindu-test-junior.png');
    });

    test('reloading mid-attempt resumes at the same question, and the attempt still finishes', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      const total = 10;
      await openQuiz(page, locale, 'test-junior');
      await startButton(page, locale).click();
      const first: ShownQuestion[] = [];
      for (let i = 0; i < 2; i++) {
        await expect(questionHeading(page, locale, i + 1, total)).toBeFocused();
        const question = await readQuestion(page);
        first.push(question);
        await answerQuestion(page, locale, question, [0], 'click');
      }
      await expect(questionHeading(page, locale, 3, total)).toBeFocused();
      const third = await readQuestion(page);
      const { token, attempt } = await stored(page, 'test-junior');

      await page.reload();
      await expect(questionHeading(page, locale, 3, total)).toBeFocused();
      await expect(startButton(page, locale)).toHaveCount(0);
      const resumed = await readQuestion(page);
      expect(resumed).toEqual(third);
      const server = await serverAttempt(page, token, attempt!, locale);
      expect(server.status).toBe('open');
      expect(server.current).toMatchObject({ index: 2, id: resumed.id, stem: resumed.stem });

      for (let i = 2; i < total; i++) {
        await expect(questionHeading(page, locale, i + 1, total)).toBeFocused();
        const question = await readQuestion(page);
        await answerQuestion(page, locale, question, [0], i % 2 ? 'digits' : 'click');
      }
      await reachResults(page, locale);
      await expect(resultsHeading(page, locale)).toBeFocused();
      const items = reviewItems(page, locale);
      await expect(items).toHaveCount(total);
      const stems = await items.locator('.stem').allTextContents();
      expect(stems.slice(0, 3)).toEqual([first[0]!.stem, first[1]!.stem, third.stem]);
      expect((await stored(page, 'test-junior')).attempt).toBeNull();
    });

    test('the daily challenge draws each participant their own five, explains each, and ranks its board by streak', async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      const origin = new URL(baseURL!).origin;
      const seen: { ids: string[]; stems: string[] }[] = [];
      for (const who of ['first', 'second']) {
        const context = await browser.newContext({ baseURL: origin, locale: locale.browserLocale });
        const watch = watchContext(context, origin);
        const page = await context.newPage();
        await openQuiz(page, locale, 'daily');
        await startButton(page, locale).click();
        const ids: string[] = [];
        const stems: string[] = [];
        const explanations: string[] = [];
        for (let i = 0; i < 5; i++) {
          await expect(questionHeading(page, locale, i + 1, 5)).toBeFocused();
          const question = await readQuestion(page);
          ids.push(question.id);
          stems.push(question.stem);
          explanations.push(bankQuestion(question)[locale.id].explanation);
          await answerQuestion(page, locale, question, [i % 2], 'click');
          // feedback after each question, then on
          const feedback = page.locator('.feedback');
          await expect(feedback.locator('.outcome')).toBeFocused();
          await expect(feedback).toContainText(bankQuestion(question)[locale.id].explanation);
          if (who === 'first' && i === 0) await shoot(page, `${locale.id}-desktop-daily-feedback`);
          await feedback
            .getByRole('button', {
              name: i === 4 ? m.quiz.player.results : m.quiz.player.next,
              exact: true,
            })
            .click();
        }
        await expect(resultsHeading(page, locale)).toBeFocused();
        await expect(reviewItems(page, locale).locator('.stem')).toHaveText(stems);
        await expect(page.getByText(m.quiz.results.comeBack)).toBeVisible();
        // once a day: this participant cannot start again today
        // the board ranks the streak of days first, and says so
        const board = page.getByRole('region', { name: m.quiz.leaderboard.title });
        await expect(
          board.getByRole('columnheader', { name: m.quiz.leaderboard.streak }),
        ).toBeVisible();
        await expect(board.getByText(m.quiz.leaderboard.streakRule)).toBeVisible();
        // coming back today shows today's result and every explanation, not only "none left"
        await page.reload();
        await expect(resultsHeading(page, locale)).toBeVisible();
        await expect(reviewItems(page, locale).locator('.stem')).toHaveText(stems);
        for (const [i, explanation] of explanations.entries())
          await expect(reviewItems(page, locale).nth(i)).toContainText(explanation);
        await expect(page.getByText(m.quiz.results.comeBack)).toBeVisible();
        await expect(startButton(page, locale)).toHaveCount(0);
        if (who === 'first') await shoot(page, `${locale.id}-desktop-daily-revisit`, true);
        expect(watch.foreign).toEqual([]);
        expect(watch.problems).toEqual([]);
        await context.close();
        seen.push({ ids, stems });
      }
      expect(new Set(seen[0]!.stems).size).toBe(5);
      // five drawn from a pool of more than a hundred: another participant's are their own
      const shared = seen[1]!.stems.filter((stem) => seen[0]!.stems.includes(stem));
      expect(shared.length).toBeLessThanOrEqual(2);
    });

    test('when the 3-second clock runs out the quiz moves on by itself, and the results say time ran out', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      // fixture-fast (3 questions, 3 s each) is synced to the server but has no page of its
      // own: the test-junior page starts it instead.
      await page.route('**/api/jindu/quizzes/test-junior/attempts', (route) =>
        route.continue({
          url: route.request().url().replace('/quizzes/test-junior/', '/quizzes/fixture-fast/'),
        }),
      );
      await openQuiz(page, locale, 'test-junior');
      await startButton(page, locale).click();
      const stems: string[] = [];
      let shownAt = 0;
      let wentOnToResults = true;
      for (let i = 0; i < 3; i++) {
        await expect(questionHeading(page, locale, i + 1, 3)).toBeFocused({ timeout: 10_000 });
        const now = Date.now();
        if (i > 0) {
          expect(now - shownAt, 'the clock ran for about 3 s').toBeGreaterThan(2_000);
          expect(now - shownAt, 'the clock ran for about 3 s').toBeLessThan(6_000);
        }
        shownAt = now;
        stems.push((await readQuestion(page)).stem);
        if (i === 0) {
          await expect(
            page.getByText(fill(m.quiz.player.timeLeft, { seconds: 1 }), { exact: true }),
          ).toBeAttached();
          await shoot(page, `${locale.id}-desktop-timer-urgent`);
        }
      }
      // after the last question the results should come by themselves
      const seeResults = page.getByRole('button', { name: m.quiz.player.results, exact: true });
      await expect(resultsHeading(page, locale).or(seeResults)).toBeVisible({ timeout: 10_000 });
      if (await seeResults.isVisible()) {
        wentOnToResults = false;
        await shoot(page, `${locale.id}-desktop-timer-last-feedback`);
      }
      await reachResults(page, locale);
      await expect(page.getByRole('alert')).toHaveText('');
      await expect(
        page.getByText(fill(m.quiz.results.correct, { correct: 0, total: 3 })),
      ).toBeVisible();
      const items = reviewItems(page, locale);
      await expect(items.locator('.stem')).toHaveText(stems);
      for (const item of await items.all())
        await expect(item).toContainText(
          fill(m.quiz.results.yourAnswer, { answer: m.quiz.results.noAnswer }),
        );
      await shoot(page, `${locale.id}-desktop-timer-results`);

      const verdicts = (await items.locator('.verdict').allTextContents()).map((v) => v.trim());
      // a clock that ran out is a time-out, not a skip, and the last one leads to the results
      expect(verdicts).toEqual([outcomes.timed_out, outcomes.timed_out, outcomes.timed_out]);
      expect(wentOnToResults, 'the results came without a click').toBe(true);
    });

    test('practice can be done with the keyboard alone, focus following the questions and the feedback', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      const total = 10;
      await openQuiz(page, locale, 'practice-law');
      const start = startButton(page, locale);
      await expect(start).toBeVisible();
      await tabTo(page, start);
      await page.keyboard.press('Enter');

      for (let i = 0; i < total; i++) {
        await expect(questionHeading(page, locale, i + 1, total)).toBeFocused();
        const question = await readQuestion(page);
        const group = questionGroup(page);
        let choice: number[];
        if (i % 3 === 2) {
          // Tab into the options, Space picks the first, Tab on to the submit button
          const first = group.getByRole(question.multiple ? 'checkbox' : 'radio').first();
          await page.keyboard.press('Tab');
          await expect(first).toBeFocused();
          await page.keyboard.press('Space');
          await expect(first).toBeChecked();
          choice = [0];
          await tabTo(
            page,
            page.getByRole('button', { name: m.quiz.player.submit, exact: true }),
            12,
          );
          await page.keyboard.press('Enter');
        } else {
          choice = i % 2 === 0 ? rightChoice(question, locale) : wrongChoice(question, locale);
          await answerQuestion(page, locale, question, choice, i % 3 ? 'letters' : 'digits');
        }

        const feedback = page.locator('.feedback');
        const outcome = feedback.locator('.outcome');
        await expect(outcome).toBeFocused();
        await expect(outcome).toContainText(outcomes[expectedOutcome(question, locale, choice)]);
        await expect(feedback).toContainText(bankQuestion(question)[locale.id].explanation);
        if (i === 0) await shoot(page, `${locale.id}-desktop-practice-feedback`);
        const onward = feedback.getByRole('button', {
          name: i === total - 1 ? m.quiz.player.results : m.quiz.player.next,
          exact: true,
        });
        await expect(onward).toBeVisible();
        // Enter on the feedback goes on; so does Tab to the button and Enter
        if (i % 2 === 1) await tabTo(page, onward, 4);
        await page.keyboard.press('Enter');
      }
      await expect(resultsHeading(page, locale)).toBeFocused();
      await expect(reviewItems(page, locale)).toHaveCount(total);
    });

    test('axe finds no WCAG 2.2 AA violation in the question, feedback and results states, light and dark', async ({
      page,
    }) => {
      test.setTimeout(90_000);
      // a timed question, with its clock
      await openQuiz(page, locale, 'test-junior');
      await startButton(page, locale).click();
      await expect(questionHeading(page, locale, 1, 10)).toBeFocused();
      await expectNoViolations(page);

      await openQuiz(page, locale, 'practice-law');
      await startButton(page, locale).click();
      await expect(questionHeading(page, locale, 1, 10)).toBeFocused();
      await answerQuestion(page, locale, await readQuestion(page), [0], 'click');
      await expect(page.locator('.feedback .outcome')).toBeFocused();
      await expectNoViolations(page);

      await page.getByRole('button', { name: m.quiz.player.next, exact: true }).click();
      await expect(questionHeading(page, locale, 2, 10)).toBeFocused();
      await expectNoViolations(page);

      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: m.quiz.player.finish, exact: true }).click();
      await expect(resultsHeading(page, locale)).toBeFocused();
      await expectNoViolations(page);
    });

    test('from the hub through a kiosk round and back to its start, nothing is fetched from another origin and the console stays clean', async ({
      page,
      offsite,
    }) => {
      test.setTimeout(60_000);
      await page.goto(`${locale.prefix}/quiz/`);
      const title = locale.id === 'en' ? 'Quick quiz' : '禁毒快问快答';
      await page.getByRole('link', { name: title }).click();
      await expect(page).toHaveURL(new RegExp(`${quizPath(locale, 'kiosk-quick')}$`));
      await playerHydrated(page);
      await page.getByRole('button', { name: m.quiz.kiosk.tapToStart, exact: true }).click();
      for (let i = 0; i < 4; i++) {
        await expect(questionHeading(page, locale, i + 1, 4)).toBeFocused();
        const question = await readQuestion(page);
        await answerQuestion(page, locale, question, rightChoice(question, locale), 'click');
        await expect(page.locator('.feedback .outcome')).toContainText(outcomes.correct);
        await page
          .getByRole('button', {
            name: i === 3 ? m.quiz.player.results : m.quiz.player.next,
            exact: true,
          })
          .click();
      }
      await expect(resultsHeading(page, locale)).toBeFocused();
      await expect(page.getByText(m.quiz.results.fullMarks)).toBeVisible();
      await page.getByRole('button', { name: m.quiz.kiosk.restart, exact: true }).click();
      await expect(
        page.getByRole('button', { name: m.quiz.kiosk.tapToStart, exact: true }),
      ).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(offsite.foreign).toEqual([]);
      expect(offsite.problems).toEqual([]);
    });

    test('fits a 390×844 phone: the clock, the question, every option and the button to answer in view, also after feedback', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 390, height: 844 });
      const submit = page.getByRole('button', { name: m.quiz.player.submit, exact: true });

      // a timed test: every question and its options on one screen with the clock (pictures too)
      await openQuiz(page, locale, 'test-public');
      await startButton(page, locale).click();
      let images = 0;
      for (let i = 0; i < 10; i++) {
        await expect(questionHeading(page, locale, i + 1, 10)).toBeFocused();
        images += await questionGroup(page).locator('img').count();
        if (i === 0) await shoot(page, `${locale.id}-phone390-test-question`);
        // (the longest English questions, four long options, push the button just below)
        await expectInView(page, [
          page.locator('.countdown'),
          questionGroup(page).locator('legend .stem'),
          questionGroup(page).locator('label'),
        ]);
        await answerQuestion(page, locale, await readQuestion(page), [0], 'click');
      }
      await expect(resultsHeading(page, locale)).toBeFocused();

      // practice with pictures: the question and its button, then the feedback with the question
      await openQuiz(page, locale, 'practice-identification');
      await startButton(page, locale).click();
      for (let i = 0; i < 10; i++) {
        await expect(questionHeading(page, locale, i + 1, 10)).toBeFocused();
        images += await questionGroup(page).locator('img').count();
        if (i === 0) await shoot(page, `${locale.id}-phone390-practice-question`);
        await expectInView(page, [
          questionGroup(page).locator('legend .stem'),
          questionGroup(page).locator('label'),
          submit,
        ]);
        await answerQuestion(page, locale, await readQuestion(page), [0], 'click');
        await expect(page.locator('.feedback .outcome')).toBeFocused();
        // the question's first line stays clear of the sticky header, and so does the outcome
        await expectInView(page, [
          questionGroup(page).locator('legend .stem'),
          page.locator('.feedback .outcome'),
        ]);
        if (i === 0) await shoot(page, `${locale.id}-phone390-practice-feedback`);
        if (i === 9) break;
        await page.getByRole('button', { name: m.quiz.player.next, exact: true }).click();
      }
      expect(images, 'questions with pictures were met').toBeGreaterThan(0);
    });

    test('a picture question still loading its pictures scrolls into view whole on a 390×844 phone', async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 390, height: 844 });
      // the pictures arrive only when released: the player measures each question as it comes
      const held: (() => Promise<void>)[] = [];
      await page.route('**/quiz-images/**', (route) => void held.push(() => route.continue()));
      await openQuiz(page, locale, 'practice-identification');
      await startButton(page, locale).click();
      for (let i = 0; i < 10; i++) {
        await expect(questionHeading(page, locale, i + 1, 10)).toBeFocused();
        const pictures = questionGroup(page).locator('img');
        if ((await pictures.count()) > 0) {
          // each picture keeps its room while it loads…
          for (const box of await pictures.evaluateAll((elements) =>
            elements.map((img) => ({
              loaded: (img as HTMLImageElement).complete,
              height: img.getBoundingClientRect().height,
            })),
          ))
            expect(box, 'a picture not yet loaded, with its room').toMatchObject({
              loaded: false,
              height: 72,
            });
          // …so once they are in, the question and its button are on screen without a scroll
          await Promise.all(held.splice(0).map((release) => release()));
          await expect
            .poll(() =>
              pictures.evaluateAll((all) => all.every((img) => (img as HTMLImageElement).complete)),
            )
            .toBe(true);
          await expectInView(page, [
            questionGroup(page).locator('legend .stem'),
            questionGroup(page).locator('label'),
            page.getByRole('button', { name: m.quiz.player.submit, exact: true }),
          ]);
          return;
        }
        await answerQuestion(page, locale, await readQuestion(page), [0], 'click');
        await page.getByRole('button', { name: m.quiz.player.next, exact: true }).click();
      }
      throw new Error('no question with pictures in ten');
    });

    test('fits a 360 px phone: no sideways scroll in any state, options at least 44 px tall', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width: 360, height: 740 });

      // the timed test's question, with its clock
      await openQuiz(page, locale, 'test-junior');
      await startButton(page, locale).click();
      await expect(questionHeading(page, locale, 1, 10)).toBeFocused();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, `${locale.id}-phone-test-question`);

      await openQuiz(page, locale, 'practice-law');
      await startButton(page, locale).click();
      for (let i = 0; i < 3; i++) {
        await expect(questionHeading(page, locale, i + 1, 10)).toBeFocused();
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        const boxes = await questionGroup(page)
          .locator('legend, label')
          .evaluateAll((elements) =>
            elements.map((element) => {
              const box = element.getBoundingClientRect();
              return {
                tag: element.tagName,
                text: element.textContent?.trim().slice(0, 30),
                left: box.left,
                right: box.right,
                height: box.height,
              };
            }),
          );
        for (const box of boxes) {
          expect(box.left, `${box.text} starts on screen`).toBeGreaterThanOrEqual(0);
          expect(box.right, `${box.text} ends on screen`).toBeLessThanOrEqual(360);
          if (box.tag === 'LABEL')
            expect(box.height, `${box.text} is a 44 px target`).toBeGreaterThanOrEqual(44);
        }
        const submit = page.getByRole('button', { name: m.quiz.player.submit, exact: true });
        expect((await submit.boundingBox())!.height).toBeGreaterThanOrEqual(44);
        if (i === 0) await shoot(page, `${locale.id}-phone-practice-question`);

        await answerQuestion(page, locale, await readQuestion(page), [0], 'click');
        await expect(page.locator('.feedback .outcome')).toBeFocused();
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        if (i === 0) await shoot(page, `${locale.id}-phone-practice-feedback`);
        await page.getByRole('button', { name: m.quiz.player.next, exact: true }).click();
      }

      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: m.quiz.player.finish, exact: true }).click();
      await expect(resultsHeading(page, locale)).toBeFocused();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await shoot(page, `${locale.id}-phone-practice-results`, true);
    });
  });
}
