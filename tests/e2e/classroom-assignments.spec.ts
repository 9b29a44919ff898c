import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import PocketBase from 'pocketbase';
import { expect, test } from './fixtures';
import { hydrated } from './support/islands';
import {
  answerQuestion,
  fill,
  playerHydrated,
  quizLocales,
  readQuestion,
  resultsHeading,
  rightChoice,
  shoot,
} from './support/quiz';

/**
 * Assignments end to end, in Chinese: a teacher (signed up through the records API) assigns a
 * practice quiz to a class from the dashboard. The class has a roster, so each student shows
 * their student card: 小明 opens the homework with the class code, is asked for his card after
 * choosing (the roster is never shown) and plays as himself; 小红 scans her card's QR code,
 * which opens her homework list at once and the quiz without a name step; her browser
 * remembers the card until she says "not me". The teacher's status page shows both done on
 * time, the teacher voids 小红's attempt, and she is missing again.
 */
const zh = quizLocales[0]!;

const m = zh.m;
const h = m.teacher.homework;

/** Plays the assignment's quiz to the end: the first question right, then finish. */
async function doTheQuiz(phone: Page, nickname: string) {
  await expect(phone).toHaveURL(/\/quiz\/practice-law\/\?assignment=/);
  await playerHydrated(phone);
  await expect(phone.getByText(fill(m.quiz.assignment.as, { nickname }))).toBeVisible();
  await phone.getByRole('button', { name: m.quiz.player.start, exact: true }).click();
  const question = await readQuestion(phone);
  await answerQuestion(phone, zh, question, rightChoice(question, zh), 'click');
  await phone.getByRole('button', { name: m.quiz.player.next, exact: true }).click();
  await readQuestion(phone);
  phone.once('dialog', (dialog) => void dialog.accept());
  await phone.getByRole('button', { name: m.quiz.player.finish, exact: true }).click();
  await expect(resultsHeading(phone, zh)).toBeVisible();
  // the end screen confirms the homework is in, and whether on time
  await expect(phone.getByRole('status').filter({ hasText: '已提交 · 按时完成' })).toBeVisible();
}

test('a teacher assigns a quiz, students do it with their cards, the teacher voids an attempt', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const pb = new PocketBase(baseURL);
  const email = `e2e-${randomUUID()}@school.test`;
  const password = 'teacher-password-1';
  await pb
    .collection('teachers')
    .create({ email, password, passwordConfirm: password, name: '王老师' });
  await pb.collection('teachers').authWithPassword(email, password);
  const klass = await pb
    .collection('classes')
    .create({ name: '初一（3）班', grade: 'junior', roster: ['小明', '小红'] });
  const cards = Object.fromEntries(
    (
      await pb
        .collection('roster_cards')
        .getFullList({ filter: pb.filter('class = {:c}', { c: klass.id }) })
    ).map((card) => [String(card.nickname), String(card.code)]),
  );

  // the teacher signs in and assigns the law practice quiz, due in a week by default
  await page.goto('/classroom/teacher/');
  await hydrated(page, 'TeacherDashboard');
  await page.getByLabel(m.teacher.auth.email).fill(email);
  await page.getByLabel(m.teacher.auth.password, { exact: true }).fill(password);
  await page.getByLabel(m.teacher.auth.password, { exact: true }).press('Enter');
  const section = page.getByRole('region', { name: m.teacher.assignments.title });
  await expect(section).toBeVisible();
  await section.getByLabel(m.teacher.assignments.class).selectOption({ label: '初一（3）班' });
  await section.getByLabel(m.teacher.assignments.quiz).selectOption('practice-law');
  await expect(section.getByLabel(m.teacher.assignments.due)).not.toHaveValue('');
  await section.getByRole('button', { name: m.teacher.assignments.create, exact: true }).click();
  await expect(section.getByRole('status')).toContainText('初一（3）班');
  const counts = fill(m.teacher.assignments.counts, { onTime: 0, late: 0, missing: 2 });
  await expect(section.getByRole('listitem').filter({ hasText: counts })).toHaveCount(1);

  // 小明, in a browser of his own, opens it with the class code: no roster, his card instead
  const student = await browser.newContext({ baseURL: baseURL!, locale: 'zh-CN' });
  const phone = await student.newPage();
  await phone.goto('/classroom/');
  const homework = phone.getByRole('region', { name: h.title });
  await hydrated(phone, 'HomeworkFinder');
  await homework.getByLabel(h.code).fill(klass.code.toLowerCase());
  await homework.getByRole('button', { name: h.open }).click();
  await expect(
    homework.getByRole('heading', { name: fill(h.list, { class: '初一（3）班' }) }),
  ).toBeFocused();
  await homework.getByRole('button', { name: new RegExp(`^${h.choose}`) }).click();
  await expect(homework.getByText(h.cardAsk)).toBeVisible();
  await expect(homework).not.toContainText('小红');
  await expect(homework.getByRole('radio')).toHaveCount(0);
  // a wrong code is refused with a clear message, then his own (as a student types it) opens it
  await homework.getByLabel(h.card, { exact: true }).fill('ABCD-EFGH');
  await homework.getByRole('button', { name: h.start }).click();
  await expect(homework.getByRole('alert')).toHaveText(m.errors.card_not_found);
  const typed = `${cards['小明']!.slice(0, 4)}-${cards['小明']!.slice(4)}`.toLowerCase();
  await homework.getByLabel(h.card, { exact: true }).fill(typed);
  await homework.getByRole('button', { name: h.start }).click();
  await doTheQuiz(phone, '小明');
  await student.close();

  // 小红 scans her card's QR code on a phone: her own list at once, then straight to the quiz
  const her = await browser.newContext({
    baseURL: baseURL!,
    locale: 'zh-CN',
    viewport: { width: 390, height: 844 },
  });
  const herPhone = await her.newPage();
  await herPhone.goto(`/classroom/?card=${cards['小红']}`);
  const herHomework = herPhone.getByRole('region', { name: h.title });
  const herList = herHomework.getByRole('heading', {
    name: fill(h.cardList, { nickname: '小红', class: '初一（3）班' }),
  });
  await expect(herList).toBeFocused();
  await expect(herList).toBeInViewport();
  // the code leaves the address bar; the browser remembers the card instead
  await expect(herPhone).toHaveURL(/\/classroom\/$/);
  await shoot(herPhone, 'homework-card-phone');
  await herHomework.getByRole('button', { name: new RegExp(`^${h.choose}`) }).click();
  await doTheQuiz(herPhone, '小红');

  // back on the classroom page, her card is offered; "not me" forgets it
  await herPhone.goto('/classroom/');
  const offer = herHomework.getByText(fill(h.remembered, { nickname: '小红' }));
  await expect(offer).toBeVisible();
  await herHomework.getByRole('button', { name: h.useCard }).click();
  await expect(herList).toBeFocused();
  await herHomework.getByRole('button', { name: h.notMe }).click();
  await expect(herHomework.getByLabel(h.code)).toBeFocused();
  await expect(offer).toHaveCount(0);
  await herPhone.reload();
  await hydrated(herPhone, 'HomeworkFinder');
  await expect(herHomework.getByLabel(h.code)).toBeVisible();
  await expect(offer).toHaveCount(0);
  await her.close();

  // the teacher's status page: both done on time (in words, not colour alone)
  const st = m.teacher.assignmentStatus;
  await page.reload();
  await section
    .getByRole('link', { name: new RegExp(`^${m.teacher.assignments.open}`) })
    .first()
    .click();
  await expect(page).toHaveURL(/\/classroom\/assignment\/\?assignment=/);
  const row = (name: string) =>
    page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  for (const name of ['小明', '小红']) {
    await expect(row(name)).toContainText(st.onTime);
    // read as a sentence: "答对 1 / 10 题", not "10 题对 1 题"
    await expect(row(name)).toContainText('答对 1 / 10 题');
  }
  await expect(page.getByText(st.participationDef)).toBeVisible();

  // someone else did 小红's homework, say: the teacher voids it (after a confirmation)
  const voidHers = row('小红').getByRole('button', { name: new RegExp(`^${st.void}`) });
  await expect(voidHers).toBeVisible();
  await shoot(page, 'assignment-status-void', true);
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await voidHers.click();
  expect(asked).toBe(fill(st.confirmVoid, { nickname: '小红' }));
  await expect(page.getByRole('status')).toHaveText(fill(st.voided, { nickname: '小红' }));
  await expect(row('小红')).toContainText(st.missing);
  await expect(voidHers).toHaveCount(0);
  await expect(row('小明')).toContainText(st.onTime);
  const summary = page.getByRole('region', { name: st.summary, exact: true });
  await expect(summary.getByRole('listitem').filter({ hasText: st.missing })).toContainText(
    `${st.missing}: 1`,
  );

  // the same in a spreadsheet: one line per roster name, in words
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: m.teacher.report.csv, exact: true }).click(),
  ]);
  const csv = (await readFile(await download.path())).toString('utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(lines).toHaveLength(3);
  expect(lines.find((line) => line.startsWith('小明,'))).toContain(st.onTime);
  expect(lines.find((line) => line.startsWith('小红,'))).toContain(st.missing);
});
