import { beforeAll, describe, expect, test } from 'vitest';
import {
  answer,
  asTeacher,
  mustJoin,
  newSession,
  newTeacher,
  play,
  problemOf,
  rightPosition,
  rosterCards,
  teacherCsv,
  type HostView,
  type Joined,
  type Teacher,
} from '../support/classroomApi';
import type { SessionReport as Report, TrendPoint } from '../../src/lib/classroom/types';

/** A class of the teacher's with the roster given. */
async function newClass(teacher: Teacher, roster: string[]) {
  return teacher.pb.collection('classes').create({ name: 'Class', grade: 'junior', roster });
}

/**
 * Plays a session question by question: `rights[q]` lists whether each player answers question q
 * right (true), wrong (false) or not at all (undefined). Open questions are closed by the teacher
 * (a question also closes itself once everyone has answered); the session is ended at the end.
 */
async function playThrough(
  teacher: Teacher,
  session: HostView,
  players: Joined[],
  rights: (boolean | undefined)[][],
) {
  const path = `/sessions/${session.sessionId}`;
  for (const [index, row] of rights.entries()) {
    const next = await asTeacher<HostView>(teacher, `${path}/next`);
    expect(next.body).toMatchObject({ phase: 'question', index });
    const question = next.body.question!;
    const right = rightPosition(question);
    const wrong = (right + 1) % question.options!.length;
    for (const [i, isRight] of row.entries()) {
      if (isRight === undefined) continue;
      expect((await answer(players[i]!, index, [isRight ? right : wrong])).status).toBe(200);
    }
    const host = await asTeacher<HostView>(teacher, `${path}/host`);
    if (host.body.phase === 'question') await asTeacher(teacher, `${path}/next`);
  }
  expect((await asTeacher<HostView>(teacher, `${path}/end`)).body.phase).toBe('ended');
}

describe('the report of a played session', () => {
  // Amy gets 3 of 3 right (excellent), Bo 2 of 3 (knows the basics: 67 % ≥ 60 %), Cy 1 of 3
  // (neither); Di joins but never answers, so is no participant. The roster has five names.
  let teacher: Teacher;
  let session: HostView;
  let players: Joined[];
  let report: Report;
  beforeAll(async () => {
    teacher = await newTeacher();
    const klass = await newClass(teacher, ['Amy', 'Bo', 'Cy', 'Di', 'Ed']);
    const cards = await rosterCards(teacher, klass.id);
    session = await newSession(teacher, 3, {}, klass.id);
    players = [];
    for (const name of ['Amy', 'Bo', 'Cy', 'Di'])
      players.push(await mustJoin(session.code, undefined, cards[name]!.code));
    await playThrough(teacher, session, players, [
      [true, true, true],
      [true, true, false],
      [true, false, false],
    ]);
    report = (await asTeacher<Report>(teacher, `/sessions/${session.sessionId}/report`)).body;
  });

  test('per-question correct rates, hardest first', () => {
    expect(report.played).toBe(3);
    expect(report.questions.map((q) => q.index)).toEqual([2, 1, 0]);
    expect(report.questions.map((q) => q.correctRate)).toEqual([1 / 3, 2 / 3, 1]);
    for (const q of report.questions) {
      expect(q.answered).toBe(3);
      expect(q.counts.reduce((sum, n) => sum + n, 0)).toBe(3);
    }
  });

  test('awareness, excellence, average and participation as defined in rates.go', async () => {
    const scores = await Promise.all(
      players.slice(0, 3).map(async (p) => (await play(p)).body.me.score),
    );
    expect(report.rates).toMatchObject({
      participants: 3,
      roster: 5,
      participationRate: 3 / 5,
      awarenessRate: 2 / 3, // at least 60 % right: Amy and Bo
      excellenceRate: 1 / 3, // at least 85 % right: Amy
    });
    // Di joined but never answered, Ed never came: both named as absent, in roster order
    expect(report.absent).toEqual(['Di', 'Ed']);
    expect(report.rates.averageScore).toBeCloseTo((scores[0]! + scores[1]! + scores[2]!) / 3, 6);
    expect(
      report.players.map((p) => [p.nickname, p.score, p.correct, p.knowsBasics, p.excellent]),
    ).toEqual([
      ['Amy', scores[0], 3, true, true],
      ['Bo', scores[1], 2, true, false],
      ['Cy', scores[2], 1, false, false],
    ]);
    expect(report.players[1]!.outcomes).toEqual(['correct', 'correct', 'wrong']);
  });

  test('the CSV: a UTF-8 byte order mark, a header row, one row per participant matching the JSON', async () => {
    const { response, firstBytes, header, rows } = await teacherCsv(
      teacher,
      `/sessions/${session.sessionId}/report.csv?locale=en`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(firstBytes).toEqual([0xef, 0xbb, 0xbf]);
    expect(header).toEqual([
      'Rank',
      'Nickname',
      'Score',
      'Correct',
      'Partly correct',
      'Answered',
      'Knows the basics',
      'Excellent',
      'Q1',
      'Q2',
      'Q3',
    ]);
    const inEnglish = { correct: 'right', wrong: 'wrong', partial: 'partly right' } as const;
    expect(rows).toEqual([
      ...report.players.map((p, i) => [
        String(i + 1),
        p.nickname,
        String(p.score),
        String(p.correct),
        String(p.partial),
        String(p.answered),
        p.knowsBasics ? 'yes' : 'no',
        p.excellent ? 'yes' : 'no',
        ...p.outcomes.map((outcome) => inEnglish[outcome as keyof typeof inEnglish]),
      ]),
      // the roster's absent students close the list
      ['absent', 'Di', '', '', '', '', '', '', '', '', ''],
      ['absent', 'Ed', '', '', '', '', '', '', '', '', ''],
    ]);
    // in Chinese, every cell is Chinese: headings, yes/no and each question's outcome
    const chinese = await asTeacher(teacher, `/sessions/${session.sessionId}/report.csv`);
    const lines = chinese.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      '排名,昵称,得分,答对,部分答对,作答题数,知晓,优秀,第 1 题,第 2 题,第 3 题',
    );
    const bo = lines.find((line) => line.split(',')[1] === 'Bo')!.split(',');
    expect(bo.slice(6)).toEqual(['是', '否', '对', '对', '错']);
    expect(lines.slice(-2)).toEqual(['缺席,Di,,,,,,,,,', '缺席,Ed,,,,,,,,,']);
    expect(chinese.text).not.toMatch(/correct|wrong|partial|yes|no\b/);
  });
});

describe('participation and the class trend', () => {
  test('more players than roster names is a participation rate of 1, not more', async () => {
    const teacher = await newTeacher();
    const klass = await newClass(teacher, ['Amy', 'Bo']);
    const cards = await rosterCards(teacher, klass.id);
    const session = await newSession(teacher, 1, {}, klass.id);
    const players = [
      await mustJoin(session.code, undefined, cards.Amy!.code),
      await mustJoin(session.code, undefined, cards.Bo!.code),
    ];
    // Bo moves class while the session runs: the roster now has one name, the session two players
    await teacher.pb.collection('classes').update(klass.id, { roster: ['Amy'] });
    await playThrough(teacher, session, players, [[true, false]]);
    const report = await asTeacher<Report>(teacher, `/sessions/${session.sessionId}/report`);
    expect(report.body.rates).toMatchObject({ participants: 2, roster: 1, participationRate: 1 });
  });

  test("the trend lists the class's sessions someone took part in, oldest first, with the figures of their reports", async () => {
    const teacher = await newTeacher();
    const klass = await newClass(teacher, ['Amy', 'Bo']);
    const cards = await rosterCards(teacher, klass.id);
    const joinAs = (code: string, name: string) => mustJoin(code, undefined, cards[name]!.code);
    const first = await newSession(teacher, 1, {}, klass.id);
    await playThrough(
      teacher,
      first,
      [await joinAs(first.code, 'Amy'), await joinAs(first.code, 'Bo')],
      [[true, false]],
    );
    const second = await newSession(teacher, 1, {}, klass.id);
    await playThrough(teacher, second, [await joinAs(second.code, 'Amy')], [[true]]);
    const running = await newSession(teacher, 1, {}, klass.id); // still in its lobby
    await newSession(teacher, 1); // no class: not in the trend
    // a lobby nobody joined, which the teacher ends from the dashboard: not a point either
    const abandoned = await newSession(teacher, 1, {}, klass.id);
    const ended = await asTeacher<{ phase: string }>(
      teacher,
      `/sessions/${abandoned.sessionId}/end`,
    );
    expect(ended.status).toBe(200);

    const trend = await asTeacher<{ classId: string; sessions: TrendPoint[] }>(
      teacher,
      `/classes/${klass.id}/trend`,
    );
    expect(trend.status).toBe(200);
    expect(trend.body.classId).toBe(klass.id);
    expect(
      trend.body.sessions.map((s) => [s.sessionId, s.phase, s.participants, s.awarenessRate]),
    ).toEqual([
      [first.sessionId, 'ended', 2, 0.5],
      [second.sessionId, 'ended', 1, 1],
    ]);
    expect(trend.body.sessions.map((s) => s.sessionId)).not.toContain(running.sessionId);
    for (const point of trend.body.sessions) {
      const report = await asTeacher<Report>(teacher, `/sessions/${point.sessionId}/report`);
      expect(point.averageScore).toBe(report.body.rates.averageScore);
    }
    expect(problemOf(await asTeacher(teacher, '/classes/nosuchclass0000/trend'))).toEqual([
      404,
      'class_not_found',
    ]);
  });
});
