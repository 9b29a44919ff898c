import { randomBytes } from 'node:crypto';
import { request, type Reply } from './api';
import { asSuperuser } from './pledgeApi';

/**
 * A small client for the booth kiosk's routes (/api/jindu/kiosks for organisers,
 * /api/jindu/kiosk for a paired kiosk), for the integration tests and the bench.
 */

export { problemOf, type Reply } from './api';

/** A kiosk as its organiser sees it. */
export interface Managed {
  id: string;
  name: string;
  paired: boolean;
  revoked: boolean;
  pairingCode?: string;
}

/** A kiosk quiz question as a paired kiosk holds it, key included. */
export interface KioskQuestion {
  id: string;
  type: string;
  answer: number[] | boolean;
  text: Record<string, { stem: string; options: string[] | null; explanation: string }>;
}

/** A paired kiosk's configuration. */
export interface KioskConfig {
  id: string;
  name: string;
  stations: string[];
  idleSeconds: number;
  pin: { salt: string; iterations: number; hash: string };
  quiz: { slug: string; count: number; perQuestion: number; questions: KioskQuestion[] };
}

/** One queued visitor action. */
export interface Item {
  key: string;
  kind: 'quiz' | 'pledge' | 'spot';
  at: number;
  data: unknown;
}

export interface Outcome {
  key: string;
  status: 'stored' | 'duplicate' | 'rejected';
  code?: string;
  number?: number;
}

/** The superuser's token, for the Authorization header. */
export async function organiserToken(): Promise<string> {
  return (await asSuperuser()).authStore.token;
}

/** Registers a kiosk as the organiser. */
export async function createKiosk(body: Record<string, unknown> = {}): Promise<Managed> {
  const reply = await request<Managed>('/api/jindu/kiosks', {
    headers: { authorization: await organiserToken() },
    body: { name: 'Test booth', venue: 'Town square', pin: '2468', ...body },
  });
  if (reply.status !== 201) throw new Error(`create kiosk: ${reply.status} ${reply.text}`);
  return reply.body;
}

/** Pairs a browser with a pairing code. */
export function pair(code: string): Promise<Reply<{ token: string; kiosk: KioskConfig }>> {
  return request('/api/jindu/kiosks/pair', { body: { code } });
}

/** Registers and pairs a kiosk; returns its id and token. */
export async function pairedKiosk(body: Record<string, unknown> = {}) {
  const created = await createKiosk(body);
  const paired = await pair(created.pairingCode!);
  if (paired.status !== 200) throw new Error(`pair: ${paired.status} ${paired.text}`);
  return { id: created.id, token: paired.body.token, config: paired.body.kiosk };
}

/** Flushes a batch as a kiosk's queue does. */
export function flush(token: string, items: Item[]): Promise<Reply<{ results: Outcome[] }>> {
  return request('/api/jindu/kiosk/batch', { headers: { 'x-kiosk': token }, body: { items } });
}

/** A fresh idempotency key, as the kiosk draws one per action. */
export function itemKey(): string {
  return randomBytes(16).toString('base64url');
}

/** A certificate code as a kiosk draws one (the server's alphabet, 10 characters). */
export function certificateCode(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  return [...randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** A mix of visitor actions, a third each: quiz rounds, spot plays and pledges. */
export function visitorActions(count: number, questionId = 'q'): Item[] {
  return Array.from({ length: count }, (_, i): Item => {
    const at = Date.now() - (count - i) * 1000;
    if (i % 3 === 0)
      return {
        key: itemKey(),
        kind: 'quiz',
        at,
        data: {
          quiz: 'kiosk-quick',
          locale: 'zh-cn',
          answers: [{ question: questionId, choice: [0], correct: true, ms: 4000 }],
        },
      };
    if (i % 3 === 1)
      return {
        key: itemKey(),
        kind: 'spot',
        at,
        data: { model: 'milk-tea', picked: 'milk-tea', correct: true },
      };
    return {
      key: itemKey(),
      kind: 'pledge',
      at,
      data: { ageBand: '18plus', initial: '', province: '', city: '', code: certificateCode() },
    };
  });
}

/** How many items a kiosk has stored, read as an organiser. */
export async function storedItems(kiosk: string): Promise<{ key: string; kind: string }[]> {
  const pb = await asSuperuser();
  return pb.collection('kiosk_items').getFullList<{ key: string; kind: string }>({
    filter: pb.filter('kiosk = {:kiosk}', { kiosk }),
  });
}
