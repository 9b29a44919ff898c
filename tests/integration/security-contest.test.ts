import { describe, expect, test } from 'vitest';
import { asTeacher, newTeacher, problemOf } from '../support/classroomApi';
import {
  answer,
  asSuperuser,
  finish,
  newParticipant,
  quizFiles,
  start,
  view,
  type StateView,
} from '../support/quizApi';

/**
 * The contest attack of issue 13, as an attacker would run it: sign up as a teacher and use the
 * classroom as an answer oracle, or practise until every key is known, then take the contest
 * with a lookup table. While a contest is open its questions are reserved: no other quiz draws
 * them and no classroom shows them, each entrant's paper is drawn from a pool five times its
 * length, and replies name questions by handles that mean nothing outside the attempt.
 *
 * The tests' own contest (tests/fixtures/quizzes-extra) is open until 2099, so this does not
 * depend on today's date.
 */
const contest = 'fixture-contest';

/**
 * The prize-draw tests open and close their own contest (fixture-draw) as they go, and a closed
 * contest's questions are public: they are left out here.
 */
const movingContest = 'fixture-draw';

/** Stems, in both languages, of the questions reserved for a contest that stays open. */
const reservedStems = new Set(
  quizFiles.questions
    .filter((q) => q.reserved !== null && q.reserved !== movingContest)
    .flatMap((q) => [q['zh-cn'].stem, q.en.stem]),
);
const contestStems = new Set(
  quizFiles.questions
    .filter((q) => q.reserved === contest)
    .flatMap((q) => [q['zh-cn'].stem, q.en.stem]),
);
const bankIds = new Set(quizFiles.questions.map((q) => q.id));

/** Every question of a finished attempt, as its results show them. */
function shownStems(state: StateView): string[] {
  return (state.result?.questions ?? []).map((q) => q.stem);
}

describe('a contest nobody can look up', () => {
  test('the classroom neither lists, plans nor plays a reserved question while its contest is open', async () => {
    const teacher = await newTeacher();
    const bank = await asTeacher<{ questions: { id: string; stem: string }[] }>(teacher, '/bank');
    expect(bank.status).toBe(200);
    expect(bank.body.questions.length).toBeGreaterThan(100);
    expect(bank.body.questions.filter((q) => reservedStems.has(q.stem))).toEqual([]);

    // the bank's ids are public (the banks are in git): asking for them by id gets nothing
    const reservedIds = quizFiles.questions.filter((q) => q.reserved === contest).map((q) => q.id);
    const oracle = await asTeacher(teacher, '/sessions', {
      questions: reservedIds.slice(0, 5),
      locale: 'zh-cn',
    });
    expect(problemOf(oracle)).toEqual([400, 'question_not_found']);
    const whole = await asTeacher(teacher, '/sessions', { quiz: contest, locale: 'zh-cn' });
    expect(problemOf(whole)).toEqual([409, 'contest_open']);
  });

  test('no other quiz draws a reserved question: practising every topic reveals none', async () => {
    const practice = quizFiles.definitions.filter((d) => d.mode !== 'contest');
    const seen: string[] = [];
    for (const definition of practice) {
      const { token } = await newParticipant();
      for (let round = 0; round < 3; round++) {
        const started = await start(token, definition.slug, { locale: 'en' });
        if (started.status === 409) break; // the daily challenge: once a day
        expect(started.status, definition.slug).toBe(201);
        const done = await finish(token, started.body.id, 'en');
        seen.push(...shownStems(done.body));
      }
    }
    expect(seen.length).toBeGreaterThan(150);
    expect(seen.filter((stem) => reservedStems.has(stem))).toEqual([]);
  });

  test("each entrant's paper comes from the reserved pool, differs from the next entrant's and names no bank id", async () => {
    const papers: string[][] = [];
    for (const locale of ['en', 'zh-cn'] as const) {
      const { token } = await newParticipant({ locale });
      const started = await start(token, contest, { locale, group: 'secondary' });
      expect(started.status).toBe(201);
      const first = started.body.current!;
      expect(bankIds.has(first.id)).toBe(false);
      // answering shows no key, and the reply names the question by its handle only
      const answered = await answer(token, started.body.id, {
        question: first.id,
        choice: first.type === 'truefalse' ? true : [0],
        locale,
      });
      expect(answered.status).toBe(200);
      expect(answered.body.answer.question).toBe(first.id);
      expect(answered.body.answer.feedback).toBeUndefined();
      const resumed = await view(token, started.body.id, locale);
      const done = await finish(token, started.body.id, locale);
      for (const reply of [started, answered, resumed, done])
        for (const id of bankIds) expect(reply.text).not.toContain(`"${id}"`);
      // until the contest closes its results list no questions; the server knows the paper
      expect(done.body.result).toMatchObject({ questions: [], total: 5 });
      papers.push(await paperOf(started.body.id));
    }
    const [one, two] = papers as [string[], string[]];
    for (const paper of papers) {
      expect(paper).toHaveLength(5);
      expect(paper.filter((stem) => !contestStems.has(stem))).toEqual([]);
    }
    expect(two).not.toEqual(one);
  });
});

/** The stems of an attempt's questions, read as an organiser (the plan never leaves the server). */
async function paperOf(attempt: string): Promise<string[]> {
  const pb = await asSuperuser();
  const record = await pb.collection('attempts').getOne<{ plan: { q: string }[] }>(attempt);
  const byId = new Map(quizFiles.questions.map((q) => [q.id, q]));
  return record.plan.map((item) => byId.get(item.q)!.en.stem);
}
