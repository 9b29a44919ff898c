import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { request } from '../support/api';
import {
  asSuperuser,
  asTeacher,
  classroom,
  newTeacher,
  problemOf,
  rosterCards,
  teacherCsv,
  type Teacher,
} from '../support/classroomApi';
import { correctChoice, answer, finish, newParticipant, start } from '../support/quizApi';
import type {
  AssignmentStatus as Status,
  ClassAssignments,
} from '../../src/lib/classroom/assignments';

/** A test-mode quiz of three questions; any practice or test quiz can be assigned. */
const quiz = 'fixture-fast';
const hour = 3_600_000;

/** A class with a roster and an assignment of the quiz due in an hour. */
async function assigned(teacher: Teacher, roster: string[] = ['小明', '小红', '小刚']) {
  const klass = await teacher.pb
    .collection('classes')
    .create({ name: '七年级二班', grade: 'junior', roster });
  const assignment = await teacher.pb
    .collection('assignments')
    .create({ class: klass.id, quiz, due: new Date(Date.now() + hour).toISOString() });
  return { klass, assignment };
}

/** Starts the assignment with a roster card and finishes at once, answering the first question right. */
async function doAssignment(token: string, assignment: string, card: string) {
  const started = await start(token, quiz, { assignment, card, locale: 'zh-cn' });
  expect(started.status, started.text).toBe(201);
  const first = started.body.current!;
  await answer(token, started.body.id, {
    question: first.id,
    choice: correctChoice(first, 'zh-cn'),
  });
  const done = await finish(token, started.body.id);
  expect(done.body.status).toBe('finished');
  return done.body;
}

function status(teacher: Teacher, id: string) {
  return asTeacher<Status>(teacher, `/assignments/${id}/status`);
}

describe('assignments', () => {
  test("teacher B cannot read, list or delete teacher A's assignment, nor assign A's class", async () => {
    const [a, b] = await Promise.all([newTeacher(), newTeacher()]);
    const { klass, assignment } = await assigned(a);
    expect(assignment.teacher).toBe(a.id);

    expect(problemOf(await status(b, assignment.id))).toEqual([404, 'assignment_not_found']);
    expect((await status(a, assignment.id)).status).toBe(200);
    await expect(b.pb.collection('assignments').getOne(assignment.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(b.pb.collection('assignments').delete(assignment.id)).rejects.toMatchObject({
      status: 404,
    });
    const listed = await asTeacher<{ assignments: { id: string }[] }>(b, '/assignments');
    expect(listed.body.assignments.map((x) => x.id)).not.toContain(assignment.id);
    await expect(
      b.pb.collection('assignments').create({
        class: klass.id,
        quiz,
        due: new Date(Date.now() + hour).toISOString(),
      }),
    ).rejects.toMatchObject({ status: 400 });
    // guests see nothing through the records API
    expect(
      problemOf(await request(`/api/collections/assignments/records/${assignment.id}`))[0],
    ).toBe(404);
  });

  test('a teacher cannot assign the daily challenge or a due time already past', async () => {
    const a = await newTeacher();
    const klass = await a.pb.collection('classes').create({ name: 'C', grade: 'junior' });
    const due = new Date(Date.now() + hour).toISOString();
    await expect(
      a.pb.collection('assignments').create({ class: klass.id, quiz: 'daily', due }),
    ).rejects.toMatchObject({
      status: 400,
      response: { data: { quiz: { code: 'assignment_quiz_invalid' } } },
    });
    await expect(
      a.pb.collection('assignments').create({
        class: klass.id,
        quiz,
        due: new Date(Date.now() - hour).toISOString(),
      }),
    ).rejects.toMatchObject({
      status: 400,
      response: { data: { due: { code: 'assignment_due_past' } } },
    });
  });

  test('a student opens the class by its code and starts with their roster card', async () => {
    const a = await newTeacher();
    const { klass, assignment } = await assigned(a);
    const opened = await request<ClassAssignments>(
      `${classroom}/assignments/open?code=${klass.code.toLowerCase()}&locale=en`,
    );
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ className: '七年级二班', cards: true });
    expect(opened.text).not.toContain('小红'); // the code is shared with the class: no roster
    expect(opened.body.assignments).toEqual([
      expect.objectContaining({ id: assignment.id, quiz, title: 'Fast test', past: false }),
    ]);
    expect(problemOf(await request(`${classroom}/assignments/open?code=ZZZZZZ`))).toEqual([
      404,
      'class_code_not_found',
    ]);

    const cards = await rosterCards(a, klass.id);
    expect(Object.keys(cards).sort()).toEqual(['小刚', '小明', '小红']);
    const { token } = await newParticipant();
    const begin = (claim: { card?: string; nickname?: string }, slug = quiz, id = assignment.id) =>
      start(token, slug, { assignment: id, ...claim, locale: 'zh-cn' });
    expect(problemOf(await begin({ nickname: '小明' }))).toEqual([403, 'card_required']);
    expect(problemOf(await begin({ card: 'ABCD-EFGH' }))).toEqual([404, 'card_not_found']);
    expect(problemOf(await begin({ card: cards['小明']!.code }, 'practice-law'))).toEqual([
      404,
      'assignment_not_found',
    ]);
    expect(problemOf(await begin({ card: cards['小明']!.code }, quiz, 'nosuchassignmt'))).toEqual([
      404,
      'assignment_not_found',
    ]);
    // the card says who: the roster's spelling, however the code is typed
    const typed = cards['小明']!.code.toLowerCase().replace(/^(....)/, '$1-');
    const ok = await begin({ card: typed, nickname: '小红' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ assignment: assignment.id, nickname: '小明' });
    // the card opens the student's own homework list
    const mine = await request<{ nickname: string; className: string; assignments: unknown[] }>(
      `${classroom}/cards/${cards['小红']!.code}?locale=en`,
    );
    expect(mine.body).toMatchObject({ nickname: '小红', className: '七年级二班' });
    expect(mine.body.assignments).toHaveLength(1);

    // with no roster, any clean nickname may do it
    const open = await a.pb.collection('classes').create({ name: 'Open', grade: 'junior' });
    const free = await a.pb
      .collection('assignments')
      .create({ class: open.id, quiz, due: new Date(Date.now() + hour).toISOString() });
    const anyone = await start(token, quiz, {
      assignment: free.id,
      nickname: 'Guest',
      locale: 'en',
    });
    expect(anyone.status).toBe(201);
  });

  test('on time, late and missing come out right, in the CSV too, and a retry does not count twice', async () => {
    const a = await newTeacher();
    const { klass, assignment } = await assigned(a);
    const cards = await rosterCards(a, klass.id);
    const card = (name: string) => cards[name]!.code;
    // two students share one computer-room browser
    const { token } = await newParticipant();
    await doAssignment(token, assignment.id, card('小明'));
    // a retried start resumes the open attempt for the same student…
    const again = await start(token, quiz, {
      assignment: assignment.id,
      card: card('小明'),
      locale: 'zh-cn',
    });
    expect(again.status).toBe(201);
    const resumed = await start(token, quiz, {
      assignment: assignment.id,
      card: card('小明'),
      locale: 'zh-cn',
    });
    expect([resumed.status, resumed.body.id]).toEqual([200, again.body.id]);
    // …and finishing the retry leaves the first attempt the one that counts
    await finish(token, again.body.id);

    // the due time passes
    const superuser = await asSuperuser();
    const due = Date.now();
    await superuser
      .collection('assignments')
      .update(assignment.id, { due: new Date(due).toISOString() });
    await sleep(5);
    await doAssignment(token, assignment.id, card('小红'));

    const reply = await status(a, assignment.id);
    expect(reply.status).toBe(200);
    const lines = Object.fromEntries(reply.body.students.map((s) => [s.nickname, s]));
    expect(lines['小明']).toMatchObject({ status: 'on_time', attempts: 2, onRoster: true });
    expect(lines['小明']!.finishedAt).toBeLessThanOrEqual(due);
    expect(lines['小红']).toMatchObject({ status: 'late', attempts: 1 });
    expect(lines['小红']!.finishedAt).toBeGreaterThan(due);
    expect(lines['小刚']).toMatchObject({ status: 'missing', attempts: 0 });
    expect(lines['小刚']!.score).toBeUndefined();
    expect(reply.body.counts).toEqual({ onTime: 1, late: 1, missing: 1, offRoster: 0 });
    expect(reply.body.rates).toMatchObject({ participants: 2, roster: 3 });
    expect(reply.body.rates.participationRate).toBeCloseTo(2 / 3);

    // the same lines as a spreadsheet, for the school's records; not for another teacher
    const {
      response: csv,
      firstBytes,
      header,
      rows,
    } = await teacherCsv(a, `/assignments/${assignment.id}/status.csv?locale=zh-cn`);
    expect(csv.status).toBe(200);
    expect(firstBytes).toEqual([0xef, 0xbb, 0xbf]);
    expect(header).toEqual([
      '昵称',
      '状态',
      '得分',
      '答对',
      '题数',
      '完成时间（北京时间）',
      '完成次数',
      '在名单上',
    ]);
    const byName = Object.fromEntries(rows.map((row) => [row[0], row]));
    expect(byName['小明']!.slice(1, 3)).toEqual(['按时完成', String(lines['小明']!.score)]);
    expect(byName['小明']![6]).toBe('2');
    expect(byName['小红']![1]).toBe('逾期完成');
    expect(byName['小刚']!.slice(1, 7)).toEqual(['未完成', '', '', '', '', '0']);
    const b = await newTeacher();
    const stranger = await teacherCsv(b, `/assignments/${assignment.id}/status.csv`);
    expect(stranger.response.status).toBe(404);

    const list = await asTeacher<{ assignments: Status[] }>(a, '/assignments');
    expect(list.body.assignments.find((x) => x.id === assignment.id)?.counts).toEqual(
      reply.body.counts,
    );
    const opened = await request<ClassAssignments>(
      `${classroom}/assignments/open?code=${klass.code}`,
    );
    expect(opened.body.assignments[0]).toMatchObject({ id: assignment.id, past: true });
  });
});
