import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import PocketBase from 'pocketbase';
import { expect, test } from './fixtures';
import {
  answerQuestion,
  fill,
  playerHydrated,
  quizLocales,
  readQuestion,
  resultsHeading,
  rightChoice,
} from './support/quiz';

/**
 * Assignments end to end, in Chinese: a teacher (signed up through the records API) assigns a
 * practice quiz to a class from the dashboard; a student opens it with the class code on the
 * classroom page, picks their roster nickname and finishes the quiz; the teacher's status page
 * shows them done on time and the other roster name missing.
 */
const zh = quizLocales[0]!;

/** Waits until an island has hydrated: before that, a click submits its form natively. */
async function hydrated(page: Page, component: string) {
  await expect(
    page.locator(`astro-island[component-url*="/${component}."]:not([ssr])`),
  ).toBeAttached();
}
const m = zh.m;

test('a teacher assigns a quiz, a student does it by class code, the status page shows who is done', async ({
  page,
  browser,
  baseURL,
}) => {
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

  // a student, in a browser of their own, opens it with the class code
  const student = await browser.newContext({ baseURL: baseURL!, locale: 'zh-CN' });
  const phone = await student.newPage();
  await phone.goto('/classroom/');
  const homework = phone.getByRole('region', { name: m.teacher.homework.title });
  await homework.scrollIntoViewIfNeeded();
  await hydrated(phone, 'HomeworkFinder');
  await homework.getByLabel(m.teacher.homework.code).fill(klass.code.toLowerCase());
  await homework.getByRole('button', { name: m.teacher.homework.open }).click();
  await expect(
    homework.getByRole('heading', {
      name: fill(m.teacher.homework.list, { class: '初一（3）班' }),
    }),
  ).toBeFocused();
  await homework.getByRole('button', { name: new RegExp(`^${m.teacher.homework.choose}`) }).click();
  await homework.getByRole('radio', { name: '小明' }).check();
  await homework.getByRole('button', { name: m.teacher.homework.start }).click();

  await expect(phone).toHaveURL(/\/quiz\/practice-law\/\?assignment=/);
  await playerHydrated(phone);
  await expect(phone.getByText(fill(m.quiz.assignment.as, { nickname: '小明' }))).toBeVisible();
  await phone.getByRole('button', { name: m.quiz.player.start, exact: true }).click();
  const question = await readQuestion(phone);
  await answerQuestion(phone, zh, question, rightChoice(question, zh), 'click');
  await phone.getByRole('button', { name: m.quiz.player.next, exact: true }).click();
  await readQuestion(phone);
  phone.once('dialog', (dialog) => void dialog.accept());
  await phone.getByRole('button', { name: m.quiz.player.finish, exact: true }).click();
  await expect(resultsHeading(phone, zh)).toBeVisible();
  await student.close();

  // the teacher's status page: 小明 done on time, 小红 missing (in words, not colour alone)
  await page.reload();
  await section
    .getByRole('link', { name: new RegExp(`^${m.teacher.assignments.open}`) })
    .first()
    .click();
  await expect(page).toHaveURL(/\/classroom\/assignment\/\?assignment=/);
  const row = (name: string) =>
    page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row('小明')).toContainText(m.teacher.assignmentStatus.onTime);
  await expect(row('小明')).toContainText(
    fill(m.teacher.assignmentStatus.correctOf, { correct: 1, total: 10 }),
  );
  await expect(row('小红')).toContainText(m.teacher.assignmentStatus.missing);
  await expect(page.getByText(m.teacher.assignmentStatus.participationDef)).toBeVisible();

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
  expect(lines.find((line) => line.startsWith('小明,'))).toContain(
    m.teacher.assignmentStatus.onTime,
  );
  expect(lines.find((line) => line.startsWith('小红,'))).toContain(
    m.teacher.assignmentStatus.missing,
  );
});
