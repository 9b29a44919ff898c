import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { request, useServer, type Reply } from '../support/api';
import { startTestServer } from '../support/server';
import { newTeacher, newSession, rosterCards } from '../support/classroomApi';
import { plainSignature } from '../support/pledgeApi';
import { asSuperuser, newParticipant, start } from '../support/quizApi';

/**
 * Route fuzz (issue 13): every POST and PATCH route under /api/jindu/ gets malformed JSON, wrong
 * types, megabyte strings, deep nesting and hostile Unicode. Every answer must be a 4xx in the
 * one error shape ({status, code, message}), never a 5xx or a stack trace, and nothing may be
 * stored.
 */

// a server of its own, so that no other test file's writes move the counts
let stop: () => Promise<void> = async () => {};
beforeAll(async () => {
  const server = await startTestServer();
  useServer(server.url);
  stop = server.stop;
}, 60_000);
afterAll(() => stop());

/** Collections a request could write to; their counts must not move. */
const collections = [
  'participants',
  'attempts',
  'attempt_answers',
  'pledges',
  'pledge_counts',
  'spent_challenges',
  'live_sessions',
  'live_players',
  'live_answers',
  'classes',
  'roster_cards',
  'teachers',
];

async function counts(): Promise<Record<string, number>> {
  const pb = await asSuperuser();
  const out: Record<string, number> = {};
  for (const name of collections)
    out[name] = (await pb.collection(name).getList(1, 1, { skipTotal: false })).totalItems;
  return out;
}

const megabyte = 'x'.repeat(1 << 20);
const deep = (depth: number, open: string, close: string) =>
  open.repeat(depth) + close.repeat(depth);
const hostileText = [
  '\ud800 lone surrogate',
  '\u202Eevil',
  'a\u200Bb',
  '\u3164',
  'Z\u0351\u0352\u0357\u035B\u0303a',
  'bell\u0007',
  '\uFFFF',
];

/** Bodies every route must refuse, whatever it reads. */
const badBodies: [string, string][] = [
  ['truncated JSON', '{"a": '],
  ['not JSON', 'hello'],
  ['a JSON string', '"text"'],
  ['a JSON number', '42'],
  ['an array', '[1, 2, 3]'],
  ['trailing data', '{} {}'],
  ['a field nobody reads', '{"surprise": true}'],
  ['deeply nested arrays', deep(5_000, '[', ']')],
  [
    'deeply nested objects',
    `{"a":${deep(5_000, '{"a":', '}').replace(/"a":$/, '')}1${'}'.repeat(0)}}`,
  ],
  ['a string four times the body limit', JSON.stringify({ text: 'x'.repeat(64 << 10) })],
];

interface Route {
  name: string;
  method: 'POST' | 'PATCH';
  path: string;
  headers?: Record<string, string>;
  /** Fields of the right shape, to be broken one at a time. */
  fields: Record<string, unknown>;
  /** Fields people type: hostile text there must be refused too. */
  typed?: string[];
}

/** Puts wrong types into each field in turn. */
function wrongTypes(fields: Record<string, unknown>): [string, string][] {
  const wrongs: unknown[] = [12345, true, ['list'], { nested: { deeper: [1] } }];
  return Object.entries(fields).flatMap(([name, value]) =>
    wrongs
      .filter(
        (wrong) => typeof wrong !== typeof value || Array.isArray(wrong) !== Array.isArray(value),
      )
      .map((wrong): [string, string] => [
        `${name} as ${JSON.stringify(wrong)}`,
        JSON.stringify({ ...fields, [name]: wrong }),
      ]),
  );
}

async function routes(): Promise<Route[]> {
  const participant = await newParticipant();
  const asParticipant = { 'x-participant': participant.token };
  const attempt = (await start(participant.token, 'fixture-fast', { locale: 'en' })).body;
  const teacher = await newTeacher();
  const asTeacher = { authorization: teacher.token };
  const klass = await teacher.pb
    .collection('classes')
    .create({ name: 'Fuzz', grade: 'junior', roster: ['Amy'] });
  const cards = await rosterCards(teacher, klass.id);
  const session = await newSession(teacher, 1);
  const player = await request<{ token: string; sessionId: string }>('/api/jindu/classroom/join', {
    body: { code: session.code, nickname: 'Fuzzy', locale: 'en' },
  });
  const asPlayer = { 'x-player-token': player.body.token };
  const assignment = await teacher.pb.collection('assignments').create({
    class: klass.id,
    quiz: 'fixture-fast',
    due: new Date(Date.now() + 3_600_000).toISOString(),
  });
  return [
    {
      name: 'new participant',
      method: 'POST',
      path: '/api/jindu/participants',
      fields: { nickname: 'Ann', locale: 'en' },
      typed: ['nickname'],
    },
    {
      name: 'rename',
      method: 'PATCH',
      path: '/api/jindu/participants/me',
      headers: asParticipant,
      fields: { nickname: 'Ann', locale: 'en' },
      typed: ['nickname'],
    },
    {
      name: 'start',
      method: 'POST',
      path: '/api/jindu/quizzes/fixture-fast/attempts',
      headers: asParticipant,
      fields: { locale: 'en', group: '', assignment: assignment.id, card: '', nickname: 'Ann' },
      typed: ['nickname'],
    },
    {
      name: 'answer',
      method: 'POST',
      path: `/api/jindu/attempts/${attempt.id}/answers`,
      headers: asParticipant,
      fields: { question: attempt.current!.id, choice: [0], key: 'fuzz-key-0001', locale: 'en' },
    },
    {
      name: 'next',
      method: 'POST',
      path: `/api/jindu/attempts/${attempt.id}/next`,
      headers: asParticipant,
      fields: {},
    },
    {
      name: 'finish',
      method: 'POST',
      path: `/api/jindu/attempts/${attempt.id}/finish`,
      headers: asParticipant,
      fields: {},
    },
    { name: 'device', method: 'POST', path: '/api/jindu/pledges/devices', fields: { proof: 'x' } },
    {
      name: 'sign',
      method: 'POST',
      path: '/api/jindu/pledges',
      fields: { ...plainSignature('x', 'fuzz-key-00000001', 'x') },
      typed: ['initial', 'school'],
    },
    {
      name: 'withdraw',
      method: 'POST',
      path: '/api/jindu/pledges/withdraw',
      fields: { code: 'ABCDEFGHJK', device: 'x' },
    },
    {
      name: 'new session',
      method: 'POST',
      path: '/api/jindu/classroom/sessions',
      headers: asTeacher,
      fields: { quiz: 'practice-law', title: 'T', locale: 'en', classId: '', settings: {} },
      typed: ['title'],
    },
    {
      name: 'command',
      method: 'POST',
      path: `/api/jindu/classroom/sessions/${session.sessionId}/lock`,
      headers: asTeacher,
      fields: {},
    },
    {
      name: 'remove',
      method: 'POST',
      path: `/api/jindu/classroom/sessions/${session.sessionId}/players/nobody/remove`,
      headers: asTeacher,
      fields: {},
    },
    {
      name: 'join',
      method: 'POST',
      path: '/api/jindu/classroom/join',
      fields: { code: session.code, nickname: 'Bo', locale: 'en', token: '', card: '' },
      typed: ['nickname'],
    },
    {
      name: 'live answer',
      method: 'POST',
      path: `/api/jindu/classroom/play/${session.sessionId}/answer`,
      headers: asPlayer,
      fields: { index: 0, choice: [0], requestKey: 'k' },
    },
    {
      name: 'void',
      method: 'POST',
      path: `/api/jindu/classroom/assignments/${assignment.id}/attempts/x/void`,
      headers: asTeacher,
      fields: {},
    },
    {
      name: 'reissue',
      method: 'POST',
      path: `/api/jindu/classroom/cards/${cards.Amy!.id}/reissue`,
      headers: asTeacher,
      fields: {},
    },
  ];
}

/** What a reply must look like: a 4xx in our one error shape, with no trace of Go internals. */
function expectRefusal(reply: Reply<unknown>, label: string) {
  expect(reply.status, label).toBeGreaterThanOrEqual(400);
  expect(reply.status, label).toBeLessThan(500);
  expect(reply.body, label).toMatchObject({
    status: reply.status,
    code: expect.any(String),
    message: expect.any(String),
  });
  expect(reply.text, label).not.toMatch(
    /goroutine|panic|runtime\/|\.go:\d+|sql:|SQLITE|UNIQUE constraint/i,
  );
}

describe('every route refuses what it cannot read, and stores nothing', () => {
  test('malformed bodies, wrong types, huge strings, deep nesting and hostile text', async () => {
    const list = await routes();
    const before = await counts();
    let sent = 0;
    for (const route of list) {
      const cases: [string, string][] = [
        ...badBodies,
        ...wrongTypes(route.fields),
        ...(route.typed ?? []).flatMap((field) =>
          hostileText.map(
            (text) =>
              [
                `hostile ${field} ${JSON.stringify(text)}`,
                JSON.stringify({ ...route.fields, [field]: text }),
              ] as [string, string],
          ),
        ),
      ];
      for (const [label, rawBody] of cases) {
        const reply = await request(route.path, {
          method: route.method,
          headers: route.headers ?? {},
          rawBody,
        });
        expectRefusal(reply, `${route.name}: ${label}`);
        sent++;
      }
    }
    // a megabyte: refused before it is read; the server may close the connection while the
    // client is still sending, and must still answer everyone after
    for (const route of list) {
      const reply = await request(route.path, {
        method: route.method,
        headers: route.headers ?? {},
        rawBody: JSON.stringify({ text: megabyte }),
      }).catch((error: unknown) => error);
      if (!(reply instanceof Error)) expectRefusal(reply as Reply<unknown>, `${route.name}: 1 MB`);
      expect((await request('/api/health')).status).toBe(200);
    }
    expect(sent).toBeGreaterThan(300);
    expect(await counts()).toEqual(before);
  }, 180_000);
});
