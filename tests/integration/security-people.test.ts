import { randomUUID } from 'node:crypto';
import PocketBase, { type ClientResponseError } from 'pocketbase';
import { describe, expect, inject, test } from 'vitest';
import { request } from '../support/api';
import {
  asTeacher,
  classroom,
  join,
  newSession,
  newTeacher,
  problemOf,
} from '../support/classroomApi';
import { call, finish, start, type Board, type Participant } from '../support/quizApi';

/**
 * Privacy and hostile text (issue 13, items 6 and 7): an account's name never becomes a public
 * nickname; the sign-up form does not tell whether an email has an account; and one text check
 * refuses what hides, fakes or reorders text wherever people type.
 */

describe('participants are anonymous, teachers too', () => {
  test("a teacher playing a quiz with their login appears under a generated nickname, never the account's name", async () => {
    const name = `王老师${randomUUID().slice(0, 4)}`;
    const teacher = await newTeacher({ name });
    const auth = { authorization: teacher.token };
    const me = await request<Participant>('/api/jindu/participants/me', { headers: auth });
    expect(me.status).toBe(200);
    expect(me.body.nickname).not.toContain(name);
    const started = await request<{ id: string }>('/api/jindu/quizzes/test-junior/attempts', {
      headers: auth,
      body: {},
    });
    await request(`/api/jindu/attempts/${started.body.id}/finish`, {
      headers: auth,
      method: 'POST',
    });
    const board = await request<Board>('/api/jindu/quizzes/test-junior/leaderboard?period=today', {
      headers: auth,
    });
    expect(board.text).not.toContain(name);
  });

  test('signing up with an address that has an account answers as for a new one, and creates nothing', async () => {
    const pb = () => new PocketBase(inject('baseURL'));
    const taken = `t-${randomUUID()}@school.test`;
    await pb().collection('teachers').create({
      email: taken,
      password: 'first-password-1',
      passwordConfirm: 'first-password-1',
      name: 'A',
    });

    const signUp = (email: string, extra: Record<string, unknown> = {}) =>
      request<Record<string, unknown>>('/api/collections/teachers/records', {
        body: {
          email,
          password: 'other-password-2',
          passwordConfirm: 'other-password-2',
          name: 'B',
          ...extra,
        },
      });
    const fresh = await signUp(`t-${randomUUID()}@school.test`);
    const known = await signUp(taken);
    expect(known.status).toBe(fresh.status);
    expect(Object.keys(known.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(known.text).not.toContain('validation_not_unique');
    expect(known.body.id).not.toBe(fresh.body.id);

    // refusals read the same too
    const badFresh = await signUp(`t-${randomUUID()}@school.test`, {
      passwordConfirm: 'different-3',
    });
    const badKnown = await signUp(taken, { passwordConfirm: 'different-3' });
    expect([badKnown.status, badKnown.body.data]).toEqual([badFresh.status, badFresh.body.data]);

    // nothing was made: the account keeps its password, and the second one is no password of it
    await expect(
      pb().collection('teachers').authWithPassword(taken, 'other-password-2'),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      pb().collection('teachers').authWithPassword(taken, 'first-password-1'),
    ).resolves.toBeTruthy();
  });
});

/** The code a refused records-API write gives a field ("accepted" if it went through). */
async function refusal(write: Promise<unknown>, field: string): Promise<string> {
  try {
    await write;
    return 'accepted';
  } catch (error) {
    const data = (error as ClientResponseError).response?.data as Record<string, { code?: string }>;
    return data?.[field]?.code ?? `refused without a ${field} code`;
  }
}

/** Strings people have used to spoof, hide or break what others see. */
const hostile: [string, string][] = [
  ['a bidi override (a title ending "evil" reads "live")', 'Report \u202Elive'],
  ['a zero-width space', 'Class\u200B1'],
  ['a control character', 'Bell\u0007'],
  ['the Hangul filler (a blank chip)', '\u3164'],
  ['Zalgo', 'Z\u0351\u0352\u0357\u035B\u0303a\u0316\u0317\u0318\u0319l'],
];

describe('one text check wherever people type', () => {
  test.each(hostile)(
    '%s is refused in names, titles, schools, rosters and nicknames',
    async (_, text) => {
      const teacher = await newTeacher();
      const pb = teacher.pb;
      expect(
        await refusal(pb.collection('classes').create({ name: text, grade: 'junior' }), 'name'),
      ).toMatch(/^text_/);
      expect(
        await refusal(
          pb.collection('classes').create({ name: 'C', grade: 'junior', roster: [text] }),
          'roster',
        ),
      ).toMatch(/^roster_nickname_/);
      expect(
        await refusal(pb.collection('teachers').update(teacher.id, { name: text }), 'name'),
      ).toMatch(/^text_/);
      expect(
        await refusal(pb.collection('teachers').update(teacher.id, { school: text }), 'school'),
      ).toMatch(/^text_/);
      const signUp = new PocketBase(inject('baseURL')).collection('teachers').create({
        email: `t-${randomUUID()}@school.test`,
        password: 'teacher-password-1',
        passwordConfirm: 'teacher-password-1',
        name: text,
      });
      expect(await refusal(signUp, 'name')).toMatch(/^text_/);

      const title = await asTeacher(teacher, '/sessions', {
        quiz: 'practice-law',
        title: text,
        locale: 'en',
      });
      expect(problemOf(title)).toEqual([400, 'invalid_title']);
      const session = await newSession(teacher, 1);
      expect(problemOf(await join(session.code, text))[1]).toMatch(/^nickname_/);
      const participant = await call('/api/jindu/participants', { body: { nickname: text } });
      expect(problemOf(participant)[1]).toMatch(/^nickname_/);
      // nothing of it was stored anywhere a teacher can list
      const classes = await teacher.pb.collection('classes').getFullList();
      expect(classes).toEqual([]);
      expect((await teacher.pb.collection('teachers').getOne(teacher.id)).name).toBe('Ms Test');
    },
  );

  test('ordinary names in any script still go through', async () => {
    const teacher = await newTeacher({ name: 'Nguyễn Thị Thu', school: '北京市第一〇一中学' });
    const klass = await teacher.pb.collection('classes').create({
      name: '三(2)班 · Klasse',
      grade: 'primary',
      roster: ['김민준', 'O’Brien', 'กานต์'],
    });
    expect(klass.roster).toEqual(['김민준', 'O’Brien', 'กานต์']);
    const { token } = (
      await call<Participant>('/api/jindu/participants', { body: { nickname: 'Zoë 小明' } })
    ).body;
    const started = await start(token, 'practice-law');
    expect(started.status).toBe(201);
    await finish(token, started.body.id);
    expect(
      (await request(`${classroom}/bank`, { headers: { authorization: teacher.token } })).status,
    ).toBe(200);
  });
});
