import { describe, expect, test } from 'vitest';
import { request } from '../support/api';
import { asTeacher, mustJoin, newSession, newTeacher, problemOf } from '../support/classroomApi';
import type { SessionSummary } from '../../src/lib/classroom/teacher';

describe("a teacher's list of sessions", () => {
  test('lists only their own sessions, newest first, with player counts and live codes', async () => {
    const [a, b] = await Promise.all([newTeacher(), newTeacher()]);
    const first = await newSession(a);
    const second = await newSession(a);
    const other = await newSession(b);
    await mustJoin(second.code, 'One');
    await mustJoin(second.code, 'Two');
    expect((await asTeacher(a, `/sessions/${first.sessionId}/end`)).status).toBe(200);

    const list = await asTeacher<{ sessions: SessionSummary[] }>(a, '/sessions');
    expect(list.status).toBe(200);
    const ids = list.body.sessions.map((s) => s.id);
    expect(ids).toEqual([second.sessionId, first.sessionId]);
    expect(ids).not.toContain(other.sessionId);
    expect(list.body.sessions[0]).toMatchObject({ phase: 'lobby', code: second.code, players: 2 });
    expect(list.body.sessions[1]).toMatchObject({ phase: 'ended', players: 0 });
    expect(list.body.sessions[1]!.code).toBeUndefined();
  });

  test('a guest is refused', async () => {
    expect(problemOf(await request('/api/jindu/classroom/sessions'))).toEqual([
      401,
      'auth_required',
    ]);
  });
});
