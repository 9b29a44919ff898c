import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoViolations } from './support/axe';
import { joinWithCard, joinWithRememberedCard, printedCard } from './support/cards';
import {
  advance,
  answerOnPhone,
  builder,
  classroomPath,
  createClass,
  en,
  expectAnswerCount,
  fill,
  headlineValue,
  joinByCode,
  lobbyCode,
  percent,
  readCsv,
  readPhoneQuestion,
  Room,
  signUpTeacher,
  wrongOf,
  zhCn,
  type Locale,
  type PhoneQuestion,
} from './support/classroom';
import { expectInView, shoot } from './support/quiz';

/**
 * The live classroom in real Chromium against the real server (issue 7, "done when" 1): a
 * teacher signs up, creates a class with a roster (so its students have cards, read off the cards
 * page) and starts a live session from three bank questions; five students join on their own
 * devices by the code the projector shows, each with their card; the teacher runs the
 * three questions while the projector counts the answers arriving, then shows the distribution
 * with the key and the leaderboard; a student reloads mid-question and is back with the same
 * nickname and score; the report's per-question correctness, headline rates and players match
 * what the students answered, and so does the CSV. The whole flow runs in Chinese; the join,
 * one question and the report's headline run in English as well. Axe checks the projector's
 * lobby, a phone's question and the report; no device may ask another origin for anything or
 * log an error.
 */

/** A planned answer: right, wrong, or none. */
type Plan = 'right' | 'wrong' | 'none';

/** One answer as a phone sent it. */
interface Sent {
  player: number;
  choice: number[];
  right: boolean;
}

const password = 'teacher-password-1';

/** The shown option letter of position i. */
const letter = (i: number) => String.fromCharCode(65 + i);

/** Each option's count from the answers sent. */
function counts(question: PhoneQuestion, sent: Sent[]): number[] {
  return question.options.map((_, i) => sent.filter((s) => s.choice.includes(i)).length);
}

/** Expects the projector's closed question: each option's count, the key marked on its row alone. */
async function expectDistribution(
  host: Page,
  locale: Locale,
  question: PhoneQuestion,
  sent: Sent[],
) {
  const h = locale.m.live.host;
  const distribution = host.getByRole('region', { name: h.distribution, exact: true });
  await expect(distribution).toBeVisible();
  const rows = distribution.getByRole('listitem');
  await expect(rows).toHaveCount(question.options.length);
  const expected = counts(question, sent);
  for (const [i, text] of question.options.entries()) {
    const row = rows.nth(i);
    await expect(row).toContainText(text);
    await expect(row).toContainText(
      fill(h.optionCount, { option: letter(i), count: expected[i]! }),
    );
    const mark = row.getByText(`✓ ${h.correctMark}`, { exact: true });
    if (question.right.includes(i)) await expect(mark).toBeVisible();
    else await expect(mark).toHaveCount(0);
  }
  // each bar is as long as its count (an empty track is drawn as an outline, never filled, so 0
  // never looks like the biggest bar, on the key's coloured row too)
  const most = Math.max(1, ...expected);
  const bars = () =>
    rows.evaluateAll((items) =>
      items.map((item) => {
        const track = item.querySelector('.track')!;
        const filled = item.querySelector('.fill');
        return {
          share: filled ? filled.getBoundingClientRect().width / track.clientWidth : 0,
          trackFilled: getComputedStyle(track).backgroundColor !== 'rgba(0, 0, 0, 0)',
        };
      }),
    );
  const drawn = async () =>
    (await bars()).map((bar, i) => ({
      length: Math.abs(bar.share - expected[i]! / most) < 0.03 ? 'as counted' : bar.share,
      emptyTrack: !bar.trackFilled,
    }));
  await expect
    .poll(drawn)
    .toEqual(expected.map(() => ({ length: 'as counted', emptyTrack: true })));
}

/** Expects the projector's leaderboard: each player's place and total. */
async function expectLeaderboard(
  host: Page,
  locale: Locale,
  standings: { nickname: string; rank: number; score: number }[],
) {
  const board = host.getByRole('region', { name: locale.m.live.leaderboard, exact: true });
  await expect(board.getByRole('heading', { name: locale.m.live.leaderboard })).toBeVisible();
  await expect(board.getByRole('listitem')).toHaveCount(standings.length);
  for (const standing of standings) {
    const row = board.getByRole('listitem').filter({ hasText: standing.nickname });
    await expect(row).toContainText(fill(locale.m.live.place, { rank: standing.rank }));
    await expect(row.locator('.score')).toHaveText(String(standing.score));
  }
  // best first
  const scores = (await board.locator('li .score').allTextContents()).map(Number);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
}

/** Ranks with ties shared, as the leaderboard and the report count them. */
function ranked<T extends { score: number }>(list: T[]): (T & { rank: number })[] {
  const sorted = [...list].sort((a, b) => b.score - a.score);
  return sorted.map((item) => ({
    ...item,
    rank: sorted.findIndex((other) => other.score === item.score) + 1,
  }));
}

/** What a live-classroom test reads in its locale: the host's, player's, builder's and report's words. */
function liveWords(locale: Locale) {
  const { m } = locale;
  return { m, h: m.live.host, p: m.live.player, b: m.teacher.builder, r: m.teacher.report };
}

/** The teacher's device in the room, with a fresh account signed up on the hub. */
async function newTeacherDevice(room: Room, locale: Locale, name: string, school: string) {
  const teacher = await room.device(locale);
  await signUpTeacher(teacher, locale, {
    email: `t-${randomUUID()}@school.test`,
    password,
    name,
    school,
  });
  return teacher;
}

test.describe('live classroom', () => {
  test('zh-cn: sign up, class, a live session of three questions with five phones, the report and its CSV', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(150_000);
    const locale = zhCn;
    const { m, h, p, b, r } = liveWords(locale);
    const room = new Room(browser, baseURL!);
    try {
      // the teacher signs up on the hub and lands on the dashboard
      const teacher = await newTeacherDevice(room, locale, '王老师', '第一中学');

      // a class of six; one of them will not come
      const nicknames = ['小明', '小红', '小刚', '小丽', '小强'];
      const className = '初二（3）班';
      await createClass(teacher, locale, className, [...nicknames, '小华']);

      // a class with a roster has student cards: the teacher opens them from the class list
      const classes = teacher.getByRole('region', {
        name: m.teacher.dashboard.classes,
        exact: true,
      });
      await classes
        .getByRole('link', { name: new RegExp(`^${m.teacher.dashboard.cards}`) })
        .click();
      const cards = new Map<string, string>();
      for (const nickname of nicknames) {
        const printed = printedCard(teacher, nickname).getByText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
        cards.set(nickname, ((await printed.textContent()) ?? '').replace('-', ''));
      }
      await teacher.goto(classroomPath(locale, 'teacher'));

      // a session from three bank questions, right-or-wrong scoring, the board after each
      const form = builder(teacher, locale);
      await form.getByRole('radio', { name: b.fromBank, exact: true }).check();
      const stems = [
        '《中华人民共和国禁毒法》从哪一天起施行？',
        '只卖了很少一点毒品，就不算犯罪。',
        '国际禁毒日是每年的哪一天？',
      ];
      for (const stem of stems) await form.getByRole('checkbox', { name: stem }).check();
      await expect(form.getByText(fill(b.selected, { count: 3 }), { exact: true })).toBeVisible();
      await form.getByLabel(b.class, { exact: true }).selectOption({ label: className });
      await form.getByRole('radio', { name: b.accuracy, exact: true }).check();
      await form.getByRole('radio', { name: b.leaderboardEach, exact: true }).check();
      await form.getByLabel(b.seconds, { exact: true }).fill('60');
      const points = 100;
      await form.getByLabel(b.points, { exact: true }).fill(String(points));
      await form.getByRole('button', { name: b.start, exact: true }).click();

      // the projector's lobby: the code, big and in the QR code's label
      const host = teacher;
      await expect(host).toHaveURL(/\/classroom\/host\/\?session=\w+$/);
      const sessionId = new URL(host.url()).searchParams.get('session')!;
      const code = await lobbyCode(host, locale);
      await expect(
        host.getByRole('heading', { name: fill(h.players, { count: 0 }) }),
      ).toBeVisible();

      // five phones join by the code, each with its student's card: 小明 scanned his card's QR
      // code before, so his phone offers it; the others are asked for theirs
      const phones: Page[] = [];
      for (const [i, nickname] of nicknames.entries()) {
        const phone = await room.device(locale);
        const card = cards.get(nickname)!;
        if (i === 0)
          await joinWithRememberedCard(phone, locale, code, { code: card, nickname, className });
        else await joinWithCard(phone, locale, code, card, nickname);
        phones.push(phone);
        await expect(
          host.getByRole('heading', { name: fill(h.players, { count: i + 1 }) }),
        ).toBeVisible();
      }
      const lobby = host.getByRole('region', { name: fill(h.players, { count: 5 }) });
      for (const nickname of nicknames)
        await expect(lobby.getByRole('listitem').filter({ hasText: nickname })).toBeVisible();
      await expect(phones[0]!.getByText(fill(p.playersIn, { count: 5 }))).toBeVisible();
      await shoot(host, 'classroom-zh-lobby');
      await expectNoViolations(host);

      // who answers what: five players, three questions
      const plan: Plan[][] = [
        ['right', 'right', 'right', 'wrong', 'wrong'],
        ['right', 'wrong', 'right', 'right', 'right'],
        ['wrong', 'none', 'right', 'wrong', 'right'],
      ];
      const scores = [0, 0, 0, 0, 0];
      const played: { question: PhoneQuestion; sent: Sent[] }[] = [];

      /** Reads the question on every phone (they must agree) and sends a phone's planned answer. */
      const send = async (round: number, player: number, question: PhoneQuestion, sent: Sent[]) => {
        const right = plan[round]![player] === 'right';
        const choice = right ? question.right : wrongOf(question);
        await answerOnPhone(phones[player]!, locale, question, choice);
        sent.push({ player, choice, right });
        if (right) scores[player]! += points;
      };

      /** After a question closed: each phone's outcome, the distribution, then the leaderboard. */
      const afterClose = async (round: number, question: PhoneQuestion, sent: Sent[]) => {
        await expectDistribution(host, locale, question, sent);
        for (const [player, phone] of phones.entries()) {
          const mine = sent.find((s) => s.player === player);
          const outcome = !mine ? p.tooLate : mine.right ? p.outcome.correct : p.outcome.wrong;
          await expect(
            phone.getByRole('heading', { level: 1, name: outcome, exact: true }),
          ).toBeVisible();
          if (mine)
            await expect(
              phone.getByText(fill(p.gained, { points: mine.right ? points : 0 }), { exact: true }),
            ).toBeVisible();
          await expect(
            phone.getByText(fill(p.score, { score: scores[player]! })).first(),
          ).toBeVisible();
        }
        await shoot(host, `classroom-zh-distribution-${round + 1}`);
        await advance(host, locale, m.live.leaderboard).click();
        await expectLeaderboard(
          host,
          locale,
          ranked(nicknames.map((nickname, i) => ({ nickname, score: scores[i]! }))),
        );
        played.push({ question, sent });
      };

      // question 1: everybody answers, one at a time, and the projector counts them
      await advance(host, locale, h.start).click();
      await expect(host.getByText(fill(m.live.progress, { current: 1, total: 3 }))).toBeVisible();
      await expectAnswerCount(host, 0, 5);
      const first = await readPhoneQuestion(phones[0]!, locale);
      expect(stems).toContain(first.stem);
      await expect(host.getByRole('heading', { level: 2, name: first.stem })).toBeVisible();
      await shoot(phones[0]!, 'classroom-zh-phone-question');
      await expectNoViolations(phones[0]!);
      const sent1: Sent[] = [];
      for (const player of [0, 1, 2, 3, 4]) {
        const seen = await readPhoneQuestion(phones[player]!, locale);
        expect(seen.options).toEqual(first.options);
        await send(0, player, first, sent1);
        // the fifth answer closes the question at once
        if (player < 4) await expectAnswerCount(host, player + 1, 5);
      }
      await afterClose(0, first, sent1);

      // question 2: one phone reloads after answering, another before; both are back
      await advance(host, locale, h.next).click();
      await expect(host.getByText(fill(m.live.progress, { current: 2, total: 3 }))).toBeVisible();
      await expectAnswerCount(host, 0, 5);
      const second = await readPhoneQuestion(phones[1]!, locale);
      expect(stems).toContain(second.stem);
      expect(second.stem).not.toBe(first.stem);
      const sent2: Sent[] = [];
      await send(1, 1, second, sent2);
      await expectAnswerCount(host, 1, 5);
      // 小红 reloads after answering: the same player, the answer kept
      await phones[1]!.reload();
      await expect(phones[1]!.getByText(nicknames[1]!, { exact: true }).first()).toBeVisible();
      await expect(phones[1]!.getByText(fill(p.score, { score: scores[1]! }))).toBeVisible();
      await expect(phones[1]!.getByRole('heading', { level: 1, name: second.stem })).toBeVisible();
      await expect(phones[1]!.getByText(`✓ ${p.sent}`, { exact: true })).toBeVisible();
      // 小明 reloads mid-question before answering: back with his nickname and score, can answer
      await phones[0]!.reload();
      await expect(phones[0]!.getByText(nicknames[0]!, { exact: true }).first()).toBeVisible();
      await expect(phones[0]!.getByText(fill(p.score, { score: scores[0]! }))).toBeVisible();
      expect((await readPhoneQuestion(phones[0]!, locale)).options).toEqual(second.options);
      await expectAnswerCount(host, 1, 5);
      await send(1, 0, second, sent2);
      await expectAnswerCount(host, 2, 5);
      for (const player of [2, 3, 4]) {
        await send(1, player, second, sent2);
        if (player < 4) await expectAnswerCount(host, player + 1, 5);
      }
      await afterClose(1, second, sent2);

      // question 3: 小红 does not answer; the teacher closes it
      await advance(host, locale, h.next).click();
      await expect(host.getByText(fill(m.live.progress, { current: 3, total: 3 }))).toBeVisible();
      const third = await readPhoneQuestion(phones[2]!, locale);
      expect(stems).toContain(third.stem);
      expect([first.stem, second.stem]).not.toContain(third.stem);
      const sent3: Sent[] = [];
      for (const [n, player] of [0, 2, 3, 4].entries()) {
        await send(2, player, third, sent3);
        await expectAnswerCount(host, n + 1, 5);
      }
      await advance(host, locale, h.results).click();
      await afterClose(2, third, sent3);

      // the end: the podium on the projector, each phone's place
      // one way to finish after the last question: no second "end" beside it
      await expect(advance(host, locale, h.end)).toHaveCount(0);
      await advance(host, locale, h.finish).click();
      await expect(host.getByRole('heading', { name: h.ended, exact: true })).toBeVisible();
      const final = ranked(nicknames.map((nickname, i) => ({ nickname, score: scores[i]!, i })));
      const podium = host.getByRole('region', { name: m.live.podium });
      await expect(podium.getByRole('listitem').first()).toContainText(final[0]!.nickname);
      for (const standing of final) {
        await expect(phones[standing.i]!.getByRole('heading', { name: p.ended })).toBeVisible();
        await expect(
          phones[standing.i]!.getByText(
            fill(p.yourPlace, { rank: standing.rank, score: standing.score }),
            { exact: true },
          ),
        ).toBeVisible();
      }
      await shoot(host, 'classroom-zh-podium');

      // the report: per-question correctness from what was answered, hardest first
      await host.getByRole('link', { name: h.report, exact: true }).click();
      await expect(host).toHaveURL(new RegExp(`/classroom/report/\\?session=${sessionId}$`));
      const questions = host.getByRole('region', { name: r.perQuestion, exact: true });
      await expect(questions).toBeVisible();
      const participants = 5;
      const expectedQuestions = played
        .map(({ question, sent }, index) => ({
          index,
          question,
          sent,
          rate: sent.filter((s) => s.right).length / participants,
        }))
        .sort((x, y) => x.rate - y.rate);
      expect(expectedQuestions.map((q) => q.rate)).toEqual([0.4, 0.6, 0.8]);
      const items = questions.getByRole('listitem');
      await expect(items).toHaveCount(3);
      for (const [position, expected] of expectedQuestions.entries()) {
        const item = items.nth(position);
        await expect(item).toContainText(`${expected.index + 1}.`);
        await expect(item).toContainText(expected.question.stem);
        await expect(item).toContainText(fill(r.correctRate, { rate: percent(expected.rate) }));
        await expect(item).toContainText(fill(r.answered, { count: expected.sent.length }));
        const key =
          typeof expected.question.source.answer === 'boolean'
            ? expected.question.source.answer
              ? r.true
              : r.false
            : expected.question.right.map(letter).join(' ');
        await expect(item).toContainText(`${r.right}: ${key}`);
      }

      // the headline: 5 of 6 on the roster came; 3 knew at least 60%, 1 got all right
      const correctCounts = nicknames.map((_, i) => plan.filter((q) => q[i] === 'right').length);
      const knows = correctCounts.filter((c) => c / 3 >= 0.6).length;
      const excellent = correctCounts.filter((c) => c / 3 >= 0.85).length;
      const average = scores.reduce((sum, s) => sum + s, 0) / participants;
      await expect(headlineValue(host, locale, r.rates.participation)).toHaveText(percent(5 / 6));
      await expect(headlineValue(host, locale, r.rates.average)).toHaveText(String(average));
      await expect(headlineValue(host, locale, r.rates.excellence)).toHaveText(
        percent(excellent / participants),
      );
      await expect(headlineValue(host, locale, r.rates.awareness)).toHaveText(
        percent(knows / participants),
      );
      expect([knows, excellent, average]).toEqual([3, 1, 180]);

      // the players' table
      const table = host.getByRole('region', { name: r.players, exact: true }).getByRole('table');
      const expectedRows = ranked(
        nicknames.map((nickname, i) => ({
          nickname,
          score: scores[i]!,
          correct: correctCounts[i]!,
          answered: plan.filter((q) => q[i] !== 'none').length,
          knows: correctCounts[i]! / 3 >= 0.6,
          excellent: correctCounts[i]! / 3 >= 0.85,
        })),
      );
      const allRows = await table
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())),
        );
      // the five players, then the roster's name nobody played under, marked absent
      expect(allRows).toHaveLength(6);
      expect(allRows[5]).toEqual([r.absent, '小华', r.absentLine]);
      const tableRows = allRows.slice(0, 5);
      expect([...tableRows].sort((x, y) => x[1]!.localeCompare(y[1]!))).toEqual(
        expectedRows
          .map((row) => [
            String(row.rank),
            row.nickname,
            String(row.score),
            String(row.correct),
            '0',
            `${row.answered} / 3`,
            row.knows ? r.yes : r.no,
            row.excellent ? r.yes : r.no,
          ])
          .sort((x, y) => x[1]!.localeCompare(y[1]!)),
      );
      await shoot(host, 'classroom-zh-report', true);
      await expectNoViolations(host);

      // the CSV: the same lines as the table, with each question's outcome in play order
      const [download] = await Promise.all([
        host.waitForEvent('download'),
        host.getByRole('button', { name: r.csv, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`session-${sessionId}.csv`);
      const csv = await readCsv(download);
      expect(csv.bom).toBe(true);
      expect(csv.rows[0]).toEqual([
        '排名',
        '昵称',
        '得分',
        '答对',
        '部分答对',
        '作答题数',
        '知晓',
        '优秀',
        '第 1 题',
        '第 2 题',
        '第 3 题',
      ]);
      // every cell in the teacher's language, the outcomes too
      const outcome = (round: number, player: number) =>
        ({ right: '对', wrong: '错', none: '未作答' })[plan[round]![player]!];
      expect(csv.rows.slice(1)).toEqual([
        ...tableRows.map((cells) => {
          const player = nicknames.indexOf(cells[1]!);
          return [
            cells[0]!,
            cells[1]!,
            cells[2]!,
            cells[3]!,
            cells[4]!,
            cells[5]!.split(' / ')[0]!,
            cells[6]!,
            cells[7]!,
            outcome(0, player),
            outcome(1, player),
            outcome(2, player),
          ];
        }),
        ['缺席', '小华', ...Array<string>(9).fill('')],
      ]);

      const seen = room.seen();
      expect(seen.foreign, 'requests to other origins').toEqual([]);
      // four phones were first refused for want of a card (403 card_required), as planned
      const refused = seen.problems.filter((problem) => /status of 403/.test(problem));
      expect(refused).toHaveLength(4);
      expect(
        seen.problems.filter((problem) => !refused.includes(problem)),
        'console and page errors',
      ).toEqual([]);
    } finally {
      await room.close();
    }
  });

  test('a lobby nobody joined can be ended from the dashboard, and the class trend leaves it out under its own heading', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const locale = zhCn;
    const { m } = locale;
    const d = m.teacher.dashboard;
    const room = new Room(browser, baseURL!);
    try {
      const teacher = await room.device(locale);
      await signUpTeacher(teacher, locale, {
        email: `t-${randomUUID()}@school.test`,
        password,
        name: '李老师',
        school: '第二中学',
      });
      const className = '初一（1）班';
      await createClass(teacher, locale, className, ['小东', '小西']);
      const form = builder(teacher, locale);
      await form.getByLabel(m.teacher.builder.quiz, { exact: true }).selectOption('kiosk-quick');
      await form
        .getByLabel(m.teacher.builder.class, { exact: true })
        .selectOption({ label: className });
      await form.getByRole('button', { name: m.teacher.builder.start, exact: true }).click();
      await expect(teacher).toHaveURL(/\/classroom\/host\/\?session=\w+$/);
      await lobbyCode(teacher, locale);

      // nobody came: back on the dashboard, the session waits, and the teacher ends it
      await teacher.goto(classroomPath(locale, 'teacher'));
      const sessions = teacher.getByRole('region', { name: d.sessions, exact: true });
      const item = sessions.getByRole('listitem').first();
      await expect(item).toContainText(d.phase.lobby);
      teacher.once('dialog', (dialog) => void dialog.accept());
      await item.getByRole('button', { name: new RegExp(`^${d.end}`) }).click();
      await expect(item).toContainText(d.phase.ended);
      await expect(item.getByRole('button', { name: new RegExp(`^${d.end}`) })).toHaveCount(0);
      await expect(sessions.getByRole('status')).toContainText(d.ended.split('“')[0]!);
      await shoot(teacher, 'classroom-zh-dashboard-ended', true);
      await teacher.reload();
      await expect(
        teacher
          .getByRole('region', { name: d.sessions, exact: true })
          .getByRole('listitem')
          .first(),
      ).toContainText(d.phase.ended);

      // the class trend: its own heading, and no point for the abandoned session
      await teacher
        .getByRole('region', { name: d.classes, exact: true })
        .getByRole('link', { name: new RegExp(`^${d.trend}`) })
        .click();
      await expect(teacher).toHaveURL(/\/classroom\/report\/\?class=\w+$/);
      await expect(teacher.getByRole('heading', { level: 1 })).toHaveText(
        m.teacher.report.classTitle,
      );
      await expect(teacher.getByText(m.teacher.report.trendNone)).toBeVisible();
    } finally {
      await room.close();
    }
  });

  // the longest picture question of the bank: a three-line stem, two pictures with long captions
  for (const [locale, stem] of [
    [
      zhCn,
      '网上认识的“朋友”寄来一小袋“奶茶”，说冲了喝“很提神”。和正规奶茶包比，哪一袋你应该拒绝，并告诉家长？',
    ],
    [
      en,
      'An online “friend” posts you a little sachet of “milk tea” that is “great for a boost”. Compared with a proper milk-tea sachet, which one should you refuse and tell your parents about?',
    ],
  ] as const) {
    test(`${locale.id}: a picture question on a 390×844 phone shows the clock, the question and both pictures`, async ({
      browser,
      baseURL,
    }) => {
      const { b, h } = liveWords(locale);
      const room = new Room(browser, baseURL!);
      try {
        const teacher = await newTeacherDevice(room, locale, 'Ms Fox', 'Hillside School');
        const form = builder(teacher, locale);
        await form.getByRole('radio', { name: b.fromBank, exact: true }).check();
        await form.getByRole('checkbox', { name: stem }).check();
        await form.getByLabel(b.seconds, { exact: true }).fill('60');
        await form.getByRole('button', { name: b.start, exact: true }).click();
        const code = await lobbyCode(teacher, locale);

        const phone = await room.device(locale);
        await phone.setViewportSize({ width: 390, height: 844 });
        await joinByCode(phone, locale, code, 'Kim');
        await expect(
          teacher.getByRole('heading', { name: fill(h.players, { count: 1 }) }),
        ).toBeVisible();
        await advance(teacher, locale, h.start).click();
        const question = await readPhoneQuestion(phone, locale);
        expect(question.stem).toBe(stem);
        const pictures = phone.locator('.answer img');
        await expect(pictures).toHaveCount(2);
        for (const picture of await pictures.all())
          await expect(picture).toHaveJSProperty('complete', true);
        await expectInView(phone, [
          phone.locator('.countdown'),
          phone.locator('h1.stem'),
          phone.locator('.answer'),
        ]);
        await shoot(phone, `classroom-${locale.id}-phone-picture-question`);
        // the smaller captions still read against their colours
        await expectNoViolations(phone);
      } finally {
        await room.close();
      }
    });
  }

  test('en: join, one question of a shipped quiz, ended early, and the report headline', async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const locale = en;
    const { m, h, p, b, r } = liveWords(locale);
    const room = new Room(browser, baseURL!);
    try {
      const teacher = await newTeacherDevice(room, locale, 'Ms Lee', 'Riverside Middle School');

      // a shipped quiz, speed scoring (the default)
      const form = builder(teacher, locale);
      await expect(form.getByRole('radio', { name: b.fromQuiz, exact: true })).toBeChecked();
      await form.getByLabel(b.quiz, { exact: true }).selectOption('kiosk-quick');
      await expect(form.getByRole('radio', { name: b.speed, exact: true })).toBeChecked();
      await form.getByLabel(b.seconds, { exact: true }).fill('60');
      await form.getByRole('button', { name: b.start, exact: true }).click();

      const host = teacher;
      await expect(host).toHaveURL(/\/en\/classroom\/host\/\?session=\w+$/);
      const sessionId = new URL(host.url()).searchParams.get('session')!;
      const code = await lobbyCode(host, locale);

      const nicknames = ['Sam', 'Alex'];
      const phones: Page[] = [];
      for (const nickname of nicknames) {
        const phone = await room.device(locale);
        if (nickname === 'Sam') await phone.setViewportSize({ width: 390, height: 844 });
        if (nickname === 'Alex') await phone.route('**/api/realtime**', (route) => route.abort());
        await joinByCode(phone, locale, code, nickname);
        phones.push(phone);
      }
      await expect(
        host.getByRole('heading', { name: fill(h.players, { count: 2 }) }),
      ).toBeVisible();
      await shoot(host, 'classroom-en-lobby');

      // Alex's network lets no event stream through (some school proxies hold SSE back): the
      // phone says so and keeps up by asking the server every 2 s, through the question, its
      // close and the end
      const cut = phones[1]!;
      await expect(cut.getByText(m.live.reconnecting, { exact: true })).toBeVisible();

      await advance(host, locale, h.start).click();
      await expectAnswerCount(host, 0, 2);
      const question = await readPhoneQuestion(phones[0]!, locale);
      await expect(host.getByRole('heading', { level: 2, name: question.stem })).toBeVisible();
      // Sam's phone is a 390×844 phone: the clock, the question and every option in view
      await expectInView(phones[0]!, [
        phones[0]!.locator('.countdown'),
        phones[0]!.locator('h1.stem'),
        phones[0]!.locator('.answer'),
      ]);
      await shoot(phones[0]!, 'classroom-en-phone-question');
      await answerOnPhone(phones[0]!, locale, question, question.right);
      await expectAnswerCount(host, 1, 2);
      await answerOnPhone(phones[1]!, locale, question, wrongOf(question));

      // both answered: closed, the key marked, the phones told
      const distribution = host.getByRole('region', { name: h.distribution, exact: true });
      for (const i of question.right)
        await expect(distribution.getByRole('listitem').nth(i)).toContainText(`✓ ${h.correctMark}`);
      await expect(
        phones[0]!.getByRole('heading', { level: 1, name: p.outcome.correct, exact: true }),
      ).toBeVisible();
      await expect(
        phones[1]!.getByRole('heading', { level: 1, name: p.outcome.wrong, exact: true }),
      ).toBeVisible();
      const gainedText = await phones[0]!.getByText(/^\+\d+ points?$/).textContent();
      const gained = Number(/\d+/.exec(gainedText ?? '')![0]);
      // speed scoring: at least half the points, at most all
      expect(gained).toBeGreaterThanOrEqual(500);
      expect(gained).toBeLessThanOrEqual(1000);
      await expect(
        phones[1]!.getByText(fill(p.gained, { points: 0 }), { exact: true }),
      ).toBeVisible();

      // the teacher ends the class early (with a confirmation)
      host.once('dialog', (dialog) => void dialog.accept());
      await host
        .getByRole('navigation', { name: h.controls })
        .getByRole('button', { name: h.end, exact: true })
        .last()
        .click();
      await expect(host.getByRole('heading', { name: h.ended, exact: true })).toBeVisible();
      await expect(
        phones[0]!.getByText(fill(p.yourPlace, { rank: 1, score: gained })),
      ).toBeVisible();

      await host.getByRole('link', { name: h.report, exact: true }).click();
      await expect(host).toHaveURL(new RegExp(`/en/classroom/report/\\?session=${sessionId}$`));
      await expect(host.getByText(fill(r.played, { count: 1 }))).toBeVisible();
      await expect(headlineValue(host, locale, r.rates.participation)).toHaveText(r.none);
      await expect(headlineValue(host, locale, r.rates.average)).toHaveText(
        new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(gained / 2),
      );
      await expect(headlineValue(host, locale, r.rates.excellence)).toHaveText('50%');
      await expect(headlineValue(host, locale, r.rates.awareness)).toHaveText('50%');
      const item = host.getByRole('region', { name: r.perQuestion }).getByRole('listitem');
      await expect(item).toHaveCount(1);
      await expect(item).toContainText(question.stem);
      await expect(item).toContainText(fill(r.correctRate, { rate: '50%' }));

      const seen = room.seen();
      expect(seen.foreign, 'requests to other origins').toEqual([]);
      // the cut stream's own failures are the point of the drop above, nothing else may fail
      const problems = seen.problems.filter(
        (problem) => !/ERR_(FAILED|INTERNET_DISCONNECTED)|realtime/.test(problem),
      );
      expect(problems, 'console and page errors').toEqual([]);
    } finally {
      await room.close();
    }
  });
});
