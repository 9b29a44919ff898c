import { randomUUID } from 'node:crypto';
import PocketBase from 'pocketbase';
import { config } from '../../../scripts/lib/config.mjs';
import { superuser } from '../../support/server';

/**
 * What the organiser e2e tests set up through the real server, as operators and participants
 * would: an organiser account (made by a superuser), quiz attempts from a region, and contest
 * entries with full marks. The browser then reads what these made.
 */

function server(): string {
  const url = config.testBaseUrl;
  if (!url) throw new Error('JINDU_BASE_URL is not set');
  return url;
}

async function asSuperuser(): Promise<PocketBase> {
  const pb = new PocketBase(server());
  await pb.collection('_superusers').authWithPassword(superuser.email, superuser.password);
  return pb;
}

/** Makes an organiser for a region ('' for national) and returns the credentials. */
export async function newOrganiser(region: string) {
  const pb = await asSuperuser();
  const email = `office-${randomUUID().slice(0, 8)}@jindu.test`;
  const password = 'organiser-password-1';
  await pb.collection('organisers').create({ email, password, passwordConfirm: password, region });
  return { email, password };
}

async function post<T>(path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(`${server()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { 'x-participant': token } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface Shown {
  id: string;
  current: { id: string; stem: string } | null;
}

/**
 * One participant takes a quiz, giving the profile; in the draw's test contest every answer is
 * right (its questions say their number, and odd numbers are true).
 */
export async function takeQuiz(slug: string, profile: Record<string, string>, group?: string) {
  const { token } = await post<{ token: string }>('/api/jindu/participants', {});
  const attempt = await post<Shown>(
    `/api/jindu/quizzes/${slug}/attempts`,
    { locale: 'en', profile, ...(group ? { group } : {}) },
    token,
  );
  let question = attempt.current;
  while (question && slug === 'fixture-draw') {
    const number = Number(/question (\d+)/.exec(question.stem)?.[1]);
    const reply = await post<{ next: Shown['current'] }>(
      `/api/jindu/attempts/${attempt.id}/answers`,
      { question: question.id, choice: number % 2 === 1, key: randomUUID(), locale: 'en' },
      token,
    );
    question = reply.next;
  }
  await post(`/api/jindu/attempts/${attempt.id}/finish`, {}, token);
}

/** Moves the draw test contest's window, as an operator would in the dashboard. */
export async function setDrawWindow(opens: Date, closes: Date) {
  const pb = await asSuperuser();
  const quiz = await pb.collection('quizzes').getFirstListItem('slug = "fixture-draw"');
  const window = { opens: opens.toISOString(), closes: closes.toISOString() };
  await pb.collection('quizzes').update(quiz.id, { definition: { ...quiz.definition, window } });
}
