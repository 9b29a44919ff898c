import { oldest, readBooth, settle, writeBooth } from './store';
import type { KioskConfig } from './types';

/**
 * Sends the offline queue to the server in batches, oldest first, whenever it answers. Each
 * action carries its idempotency key, so a batch cut off mid-flight, a reload, or two tabs
 * flushing at once never store an action twice: the server reports it as a duplicate and the
 * kiosk drops it. Actions leave the queue only once the server has settled them.
 */
export const batchSize = 50;

/** What a flush achieved: how many actions left the queue, and why it stopped, if it failed. */
export interface FlushResult {
  sent: number;
  error?: string;
}

interface Outcome {
  key: string;
  status: 'stored' | 'duplicate' | 'rejected';
}

let running: Promise<FlushResult> | null = null;

/** Flushes the queue; a flush already under way is joined, not doubled. */
export function flushQueue(token: string): Promise<FlushResult> {
  running ??= flushAll(token).finally(() => (running = null));
  return running;
}

async function flushAll(token: string): Promise<FlushResult> {
  let sent = 0;
  for (;;) {
    const items = await oldest(batchSize);
    if (items.length === 0) break;
    let response: Response;
    try {
      response = await fetch('/api/jindu/kiosk/batch', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kiosk': token },
        body: JSON.stringify({ items }),
      });
    } catch {
      return record(sent, 'network');
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { code?: string };
      return record(sent, body.code ?? 'internal');
    }
    const { results } = (await response.json()) as { results: Outcome[] };
    await settle(results.map((r) => r.key));
    sent += results.length;
  }
  return record(sent);
}

async function record(sent: number, error?: string): Promise<FlushResult> {
  const before = await readBooth('sync');
  await writeBooth('sync', {
    lastSync: error ? (before?.lastSync ?? 0) : Date.now(),
    lastError: error ?? '',
  });
  return error ? { sent, error } : { sent };
}

/** The kiosk's configuration as the server has it now, or null when it cannot be reached. */
export async function fetchConfig(token: string): Promise<KioskConfig | 'revoked' | null> {
  try {
    const response = await fetch('/api/jindu/kiosk', { headers: { 'x-kiosk': token } });
    if (response.status === 401) return 'revoked';
    return response.ok ? ((await response.json()) as KioskConfig) : null;
  } catch {
    return null;
  }
}

/** Pairs this browser with a one-time code; throws the server's error code. */
export async function pairWith(code: string): Promise<{ token: string; kiosk: KioskConfig }> {
  let response: Response;
  try {
    response = await fetch('/api/jindu/kiosks/pair', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
  } catch {
    throw new Error('network');
  }
  const body = (await response.json().catch(() => ({}))) as { code?: string };
  if (!response.ok) throw new Error(body.code ?? 'internal');
  return body as { token: string; kiosk: KioskConfig };
}
