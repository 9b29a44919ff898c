import { describe, expect, test } from 'vitest';
import { request } from '../support/api';
import {
  asTeacher,
  classroom,
  join,
  newSession,
  newTeacher,
  play,
  problemOf,
  rosterCards,
} from '../support/classroomApi';
import { answer, correctChoice, finish, newParticipant, start } from '../support/quizApi';

/**
 * Roster impersonation (issue 13): the class code is on the board and the roster lists every
 * nickname, so a classmate could start 小红's homework, finish it empty and make it the attempt
 * that counts, or join a class session as her. Each roster nickname now has a printed card with
 * a personal code, and only that code lets someone act as that student.
 */
const quiz = 'fixture-fast';

interface StudentLine {
  nickname: string;
  status: 'on_time' | 'late' | 'missing';
  attempts: number;
  score?: number;
  attempt?: string;
}

async function classWithHomework() {
  const teacher = await newTeacher();
  const klass = await teacher.pb
    .collection('classes')
    .create({ name: '五年级一班', grade: 'primary', roster: ['小红', '小明'] });
  const assignment = await teacher.pb
    .collection('assignments')
    .create({ class: klass.id, quiz, due: new Date(Date.now() + 3_600_000).toISOString() });
  return { teacher, klass, assignment, cards: await rosterCards(teacher, klass.id) };
}

async function statusLines(teacher: Awaited<ReturnType<typeof newTeacher>>, assignment: string) {
  const reply = await asTeacher<{ students: StudentLine[] }>(
    teacher,
    `/assignments/${assignment}/status`,
  );
  return Object.fromEntries(reply.body.students.map((line) => [line.nickname, line]));
}

describe('a roster nickname is only its student', () => {
  test("a classmate with the class code cannot do 小红's homework; her own attempt counts", async () => {
    const { teacher, klass, assignment, cards } = await classWithHomework();

    // the attacker: the class code lists the homework, but no roster, and a name is not enough
    const mallory = await newParticipant();
    const opened = await request(`${classroom}/assignments/open?code=${klass.code}`);
    expect(opened.text).not.toContain('小红');
    const asHer = await start(mallory.token, quiz, { assignment: assignment.id, nickname: '小红' });
    expect(problemOf(asHer)).toEqual([403, 'card_required']);
    const guessed = await start(mallory.token, quiz, {
      assignment: assignment.id,
      card: 'ABCD-EFGH',
    });
    expect(problemOf(guessed)).toEqual([404, 'card_not_found']);
    // with his own card he is himself, whatever name he sends
    const own = await start(mallory.token, quiz, {
      assignment: assignment.id,
      card: cards['小明']!.code,
      nickname: '小红',
    });
    expect(own.body.nickname).toBe('小明');
    await finish(mallory.token, own.body.id);

    // the real 小红, later, with her card
    const her = await newParticipant();
    const started = await start(her.token, quiz, {
      assignment: assignment.id,
      card: cards['小红']!.code,
      locale: 'zh-cn',
    });
    expect(started.status).toBe(201);
    const first = started.body.current!;
    await answer(her.token, started.body.id, {
      question: first.id,
      choice: correctChoice(first, 'zh-cn'),
    });
    await finish(her.token, started.body.id);

    const lines = await statusLines(teacher, assignment.id);
    expect(lines['小红']).toMatchObject({ status: 'on_time', attempts: 1 });
    expect(lines['小红']!.score).toBeGreaterThan(0);
    expect(lines['小明']).toMatchObject({ status: 'on_time', attempts: 1, score: 0 });
  });

  test('the teacher voids an attempt and the next one counts; a reissued card retires the old code', async () => {
    const { teacher, assignment, cards } = await classWithHomework();
    const student = await newParticipant();
    const empty = await start(student.token, quiz, {
      assignment: assignment.id,
      card: cards['小明']!.code,
    });
    await finish(student.token, empty.body.id);
    const counted = (await statusLines(teacher, assignment.id))['小明']!;
    expect(counted).toMatchObject({ status: 'on_time', attempt: empty.body.id });

    // another teacher cannot void it; its own teacher can
    const stranger = await newTeacher();
    const path = `/assignments/${assignment.id}/attempts/${empty.body.id}/void`;
    expect(problemOf(await asTeacher(stranger, path, {}))).toEqual([404, 'assignment_not_found']);
    expect((await asTeacher(teacher, path, {})).status).toBe(200);
    expect((await statusLines(teacher, assignment.id))['小明']).toMatchObject({
      status: 'missing',
      attempts: 0,
    });

    const retry = await start(student.token, quiz, {
      assignment: assignment.id,
      card: cards['小明']!.code,
      locale: 'zh-cn',
    });
    const first = retry.body.current!;
    await answer(student.token, retry.body.id, {
      question: first.id,
      choice: correctChoice(first, 'zh-cn'),
    });
    await finish(student.token, retry.body.id);
    const again = (await statusLines(teacher, assignment.id))['小明']!;
    expect(again).toMatchObject({ status: 'on_time', attempts: 1, attempt: retry.body.id });
    expect(again.score).toBeGreaterThan(0);

    // a lost card: reissued, the old code no longer works and the new one does
    const reissued = await asTeacher<{ code: string }>(
      teacher,
      `/cards/${cards['小明']!.id}/reissue`,
      {},
    );
    expect(reissued.body.code).not.toBe(cards['小明']!.code);
    expect(problemOf(await request(`${classroom}/cards/${cards['小明']!.code}`))).toEqual([
      404,
      'card_not_found',
    ]);
    expect((await request(`${classroom}/cards/${reissued.body.code}`)).status).toBe(200);
    expect(problemOf(await asTeacher(stranger, `/cards/${cards['小红']!.id}/reissue`, {}))).toEqual(
      [404, 'card_not_found'],
    );
  });

  test("joining a class's live session as a roster name needs that student's card", async () => {
    const { teacher, klass, cards } = await classWithHomework();
    const session = await newSession(teacher, 2, {}, klass.id);

    expect(problemOf(await join(session.code, '小红'))).toEqual([403, 'card_required']);
    expect(
      problemOf(await join(session.code, '小红', undefined, cards['小明']!.code + 'X')),
    ).toEqual([404, 'card_not_found']);
    // another class's card is no key to this one
    const other = await classWithHomework();
    expect(
      problemOf(await join(session.code, undefined, undefined, other.cards['小红']!.code)),
    ).toEqual([404, 'card_not_found']);

    const phone = await join(session.code, 'Someone else', undefined, cards['小红']!.code);
    expect(phone.status).toBe(201);
    expect(phone.body.nickname).toBe('小红');
    // the same card on another device is the same student, and the first device is signed out
    const tablet = await join(session.code, undefined, undefined, cards['小红']!.code);
    expect(tablet.status).toBe(200);
    expect(tablet.body.playerId).toBe(phone.body.playerId);
    expect(problemOf(await play(phone.body))).toEqual([401, 'player_required']);
    expect((await play(tablet.body)).status).toBe(200);
  });
});
