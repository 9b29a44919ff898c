import { describe, expect, test } from 'vitest';
import { request } from '../support/api';
import {
  asTeacher,
  mustJoin,
  newSession,
  newTeacher,
  problemOf,
  type HostView,
} from '../support/classroomApi';

describe('a teacher sees only their own classes and sessions', () => {
  test("teacher B cannot read, list, change or delete teacher A's class through the records API", async () => {
    const [a, b] = await Promise.all([newTeacher(), newTeacher()]);
    const created = await a.pb
      .collection('classes')
      .create({ name: '七年级一班', grade: 'junior', roster: ['小明', '小红'], teacher: b.id });
    expect(created.teacher).toBe(a.id); // the signed-in teacher, whatever the body says
    expect(created.code).toMatch(/^[A-HJ-KM-NP-Z2-9]{6}$/);

    await expect(b.pb.collection('classes').getOne(created.id)).rejects.toMatchObject({
      status: 404,
    });
    expect((await b.pb.collection('classes').getFullList()).map((c) => c.id)).not.toContain(
      created.id,
    );
    await expect(
      b.pb.collection('classes').update(created.id, { name: 'taken' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(b.pb.collection('classes').delete(created.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      a.pb.collection('classes').update(created.id, { teacher: b.id }),
    ).rejects.toMatchObject({ status: 404 });
    expect((await a.pb.collection('classes').getOne(created.id)).name).toBe('七年级一班');
    // a teacher's own record only
    await expect(b.pb.collection('teachers').getOne(a.id)).rejects.toMatchObject({ status: 404 });
    // guests see nothing
    expect(problemOf(await request(`/api/collections/classes/records/${created.id}`))[0]).toBe(404);
  });

  test("teacher B gets 404 for teacher A's session host state, commands, report, CSV and class trend", async () => {
    const [a, b] = await Promise.all([newTeacher(), newTeacher()]);
    const session = await newSession(a);
    const player = await mustJoin(session.code, 'Probe');
    const klass = await a.pb.collection('classes').create({ name: 'Class', grade: 'senior' });
    for (const path of [
      `/sessions/${session.sessionId}/host`,
      `/sessions/${session.sessionId}/report`,
      `/sessions/${session.sessionId}/report.csv`,
      `/sessions/${session.sessionId}/next`,
      `/sessions/${session.sessionId}/end`,
      `/sessions/${session.sessionId}/players/${player.playerId}/remove`,
    ]) {
      expect(problemOf(await asTeacher(b, path)), path).toEqual([404, 'session_not_found']);
    }
    expect(problemOf(await asTeacher(b, `/classes/${klass.id}/trend`))).toEqual([
      404,
      'class_not_found',
    ]);
    // and none of it changed anything
    const host = await asTeacher<HostView>(a, `/sessions/${session.sessionId}/host`);
    expect(host.body).toMatchObject({ phase: 'lobby', activePlayers: 1 });
    // a guest and a player are not teachers
    expect(
      problemOf(await request(`/api/jindu/classroom/sessions/${session.sessionId}/host`)),
    ).toEqual([401, 'auth_required']);
  });

  test('a sign-up is always a teacher: asking for organiser is refused, a bad region too', async () => {
    await expect(newTeacher({ role: 'organiser' })).rejects.toMatchObject({ status: 403 });
    await expect(newTeacher({ region: '999999' })).rejects.toMatchObject({
      status: 400,
      response: { data: { region: { code: 'region_invalid' } } },
    });
    const teacher = await newTeacher({ region: '110000', school: '实验中学' });
    const me = await teacher.pb.collection('teachers').getOne(teacher.id);
    expect(me).toMatchObject({ role: 'teacher', region: '110000' });
    await expect(
      teacher.pb.collection('teachers').update(teacher.id, { role: 'organiser' }),
    ).rejects.toMatchObject({ status: 403 });
  });

  test('a roster is cleaned, and a duplicate or blocked nickname is refused', async () => {
    const teacher = await newTeacher();
    const klass = await teacher.pb
      .collection('classes')
      .create({ name: 'Roster', grade: 'primary', roster: ['  小明 ', 'Amy'] });
    expect(klass.roster).toEqual(['小明', 'Amy']);
    const refused = (code: string) => ({ status: 400, response: { data: { roster: { code } } } });
    await expect(
      teacher.pb
        .collection('classes')
        .create({ name: 'Dup', grade: 'primary', roster: ['Amy', 'amy'] }),
    ).rejects.toMatchObject(refused('roster_duplicate'));
    await expect(
      teacher.pb
        .collection('classes')
        .create({ name: 'Bad', grade: 'primary', roster: ['Big Weed'] }),
    ).rejects.toMatchObject(refused('roster_nickname_blocked'));
    await expect(
      teacher.pb.collection('classes').create({ name: 'Odd', grade: 'primary', roster: 'Amy' }),
    ).rejects.toMatchObject(refused('roster_invalid'));
    await expect(
      teacher.pb.collection('classes').create({
        name: 'Big',
        grade: 'primary',
        roster: Array.from({ length: 81 }, (_, i) => `Kid ${i}`),
      }),
    ).rejects.toMatchObject(refused('roster_too_long'));
    await expect(
      teacher.pb.collection('classes').update(klass.id, { roster: ['Amy', 'AMY'] }),
    ).rejects.toMatchObject(refused('roster_duplicate'));
  });
});
