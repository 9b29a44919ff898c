import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { locales } from '../../src/lib/locale';
import { quizImageUrl } from '../../src/lib/quiz/images';
import { root } from '../support/content';
import {
  answer,
  bankQuestion,
  call,
  correctChoice,
  explanations,
  finish,
  quizFiles,
  start,
  view,
  type Reply,
} from '../support/quizApi';

/** JSON keys that only belong to answer keys, feedback or the server's hidden attempt fields. */
const secretKeys = ['correctChoice', 'explanation', 'answer', 'k', 'kb', 'plan', 'rules'];

/** Every object key and every string anywhere in a parsed JSON value. */
function walk(value: unknown, keys = new Set<string>(), strings: string[] = []) {
  if (typeof value === 'string') strings.push(value);
  else if (Array.isArray(value)) for (const item of value) walk(item, keys, strings);
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) {
      keys.add(key);
      walk(item, keys, strings);
    }
  return { keys: [...keys], text: strings.join('\n') };
}

/** What a reply gives away: secret keys it has and explanations its strings contain. */
function leaks(reply: Reply<unknown>, forbiddenKeys = secretKeys) {
  const { keys, text } = walk(reply.body);
  return {
    keys: keys.filter((key) => forbiddenKeys.includes(key)),
    explanations: explanations.filter((e) => text.includes(e) || reply.text.includes(e)),
  };
}

const clean = { keys: [], explanations: [] };

describe('no answer key before answering', () => {
  test.each(quizFiles.definitions.map((d) => [d.slug, d] as const))(
    '%s, in both languages, shows no key or explanation before the first answer',
    async (slug, definition) => {
      const now = Date.now();
      const open =
        !definition.window ||
        (Date.parse(definition.window.opens) <= now && now < Date.parse(definition.window.closes));
      for (const locale of locales) {
        const created = await call<{ token: string }>('/api/jindu/participants', {
          body: { locale },
        });
        const token = created.body.token;
        const group = definition.groups[0]?.id;
        const started = await start(token, slug, { locale, ...(group ? { group } : {}) });
        expect(started.status, `${slug} starts`).toBe(open ? 201 : 403);
        const replies: Reply<unknown>[] = [created, started];
        if (started.status === 201) replies.push(await view(token, started.body.id, locale));
        replies.push(await call(`/api/jindu/quizzes/${slug}/me`, { token }));
        for (const period of ['today', 'week']) {
          const query = `period=${period}${group ? `&group=${group}` : ''}`;
          replies.push(await call(`/api/jindu/quizzes/${slug}/leaderboard?${query}`, { token }));
          replies.push(await call(`/api/jindu/quizzes/${slug}/leaderboard?${query}`));
        }
        for (const reply of replies) expect(leaks(reply), reply.text.slice(0, 200)).toEqual(clean);
      }
    },
  );

  test('a test shows neither correctness nor explanation until it is finished', async () => {
    const { token } = (await call<{ token: string }>('/api/jindu/participants', { body: {} })).body;
    const started = await start(token, 'test-junior', { locale: 'en' });
    const question = started.body.current!;
    const { explanation } = bankQuestion(question).en;

    const answered = await answer(token, started.body.id, {
      question: question.id,
      choice: correctChoice(question, 'en'),
      locale: 'en',
    });
    expect(answered.body).toMatchObject({ accepted: true, answer: { status: 'answered' } });
    expect(answered.body.answer.feedback).toBeUndefined();
    expect(answered.body.score).toBeUndefined();
    // an answer reply has an "answer" (its own status), but nothing that says right or wrong
    expect(leaks(answered, [...secretKeys.filter((key) => key !== 'answer'), 'outcome'])).toEqual(
      clean,
    );

    const resumed = await view(token, started.body.id, 'en');
    expect(resumed.body.answered).toEqual([
      { index: 0, question: question.id, status: 'answered' },
    ]);
    expect(resumed.body.score).toBeUndefined();
    expect(leaks(resumed, [...secretKeys, 'outcome'])).toEqual(clean);

    const done = await finish(token, started.body.id, 'en');
    expect(done.body.result!.questions[0]?.feedback).toMatchObject({
      outcome: 'correct',
      explanation,
    });
  });

  test.each([
    'questions',
    'answer_keys',
    'attempts',
    'attempt_answers',
    'quizzes',
    'participants',
    'secrets',
  ])('guests cannot list %s through the records API', async (collection) => {
    const reply = await call<{ items?: unknown[] }>(`/api/collections/${collection}/records`);
    if (reply.status === 200) expect(reply.body.items).toEqual([]);
    else expect([403, 404]).toContain(reply.status);
  });

  test('guests cannot read an attempt record by id', async () => {
    const { token } = (await call<{ token: string }>('/api/jindu/participants', { body: {} })).body;
    const started = await start(token, 'practice-law');
    const reply = await call(`/api/collections/attempts/records/${started.body.id}`);
    expect([403, 404]).toContain(reply.status);
    expect(reply.text).not.toContain('"plan"');
  });
});

describe('the built site', () => {
  const dist = path.join(root, 'dist');
  const binary = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|wasm|pf_\w+)$/i;

  function files(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
      const full = path.join(dir, item.name);
      return item.isDirectory() ? files(full) : [full];
    });
  }

  /**
   * Text as a reader sees it, whatever the file's escaping: tags dropped, HTML entities and JSON
   * \u escapes decoded, then only letters and digits kept, so quotes and spacing cannot hide a
   * copy of an explanation.
   */
  function readable(text: string) {
    return text
      .replace(/<[^>]*>/g, '')
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
      .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, ' ')
      .replace(/[^\p{L}\p{N}]/gu, '')
      .toLowerCase();
  }

  test('no built file gives away an explanation', () => {
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
    // Some explanations repeat a sentence of the encyclopedia or a guide (a myth's "fact"):
    // those are public teaching text and may appear in the pages built from content/, but
    // never in a quiz page or a script; every other explanation may appear nowhere.
    const published = files(path.join(root, 'content'))
      .map((file) => readable(readFileSync(file, 'utf8')))
      .join('\n');
    const wanted = explanations
      .filter((e) => e.length >= 12)
      .map((e) => ({ explanation: e, needle: readable(e) }))
      .map((e) => ({ ...e, public: published.includes(e.needle) }));
    expect(wanted.filter((e) => !e.public).length).toBeGreaterThan(explanations.length / 2);

    const found: string[] = [];
    for (const file of files(dist).filter((f) => !binary.test(f))) {
      const name = path.relative(dist, file);
      const fromContent = !/(^|\/)(quiz|_astro)\//.test(name);
      const text = readable(readFileSync(file, 'utf8'));
      for (const { explanation, needle, public: isPublic } of wanted)
        if (!(isPublic && fromContent) && text.includes(needle))
          found.push(`${name}: ${explanation}`);
    }
    expect(found).toEqual([]);
  });

  const images = path.join(dist, 'quiz-images');
  const illustrations = readdirSync(path.join(root, 'src/assets/illustrations')).map((name) =>
    name.replace(/\.svg$/, ''),
  );

  // dist/quiz-images is made by a build step still being written; until it exists there is
  // nothing to check, and this test shows as skipped rather than passing.
  test.skipIf(!existsSync(images))('quiz pictures have opaque names, and all are there', () => {
    const names = files(images).map((file) => path.relative(images, file));
    expect(names.filter((name) => illustrations.some((id) => name.includes(id)))).toEqual([]);
    const shown = quizFiles.questions.flatMap((q) =>
      (q.images ?? []).map((id) =>
        quizImageUrl(
          readFileSync(path.join(root, 'src/assets/illustrations', `${id}.svg`), 'utf8'),
        ),
      ),
    );
    expect(shown.filter((url) => !existsSync(path.join(dist, url)))).toEqual([]);
  });
});
