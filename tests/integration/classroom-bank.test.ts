import { describe, expect, test } from 'vitest';
import { request } from '../support/api';
import { asTeacher, classroom, newTeacher, problemOf } from '../support/classroomApi';
import { quizFiles } from '../support/quizApi';
import type { BankQuestion as BankEntry } from '../../src/lib/classroom/types';

describe('the question bank for building a session', () => {
  test('?topic= and ?grade= filter, ?locale= picks the language, and no key is sent', async () => {
    const teacher = await newTeacher();
    const all = (await asTeacher<{ questions: BankEntry[] }>(teacher, '/bank')).body.questions;
    // questions reserved for a contest are never listed (see security-contest.test.ts)
    const listable = quizFiles.questions.filter((q) => q.reserved === null);
    const sample = listable[0]!;
    const [topic, grade] = [sample.topics[0]!, sample.grades[0]!];
    const reply = await asTeacher<{ questions: BankEntry[] }>(
      teacher,
      `/bank?topic=${topic}&grade=${grade}&locale=en`,
    );
    expect(reply.status).toBe(200);
    const filtered = reply.body.questions;
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    for (const q of filtered) {
      expect(q.topics).toContain(topic);
      expect(q.grades).toContain(grade);
    }
    const expected = listable.filter((q) => q.topics.includes(topic) && q.grades.includes(grade));
    expect(filtered.map((q) => q.id)).toEqual(expect.arrayContaining(expected.map((q) => q.id)));
    const shown = filtered.find((q) => q.id === sample.id)!;
    expect(shown.stem).toBe(sample.en.stem);
    expect(all.find((q) => q.id === sample.id)!.stem).toBe(sample['zh-cn'].stem);
    expect(reply.text).not.toMatch(/"(answer|correct|explanation)"/);

    const none = await asTeacher<{ questions: BankEntry[] }>(teacher, '/bank?topic=no-such-topic');
    expect(none.body.questions).toEqual([]);
    expect(problemOf(await request(`${classroom}/bank`))).toEqual([401, 'auth_required']);
  });
});
