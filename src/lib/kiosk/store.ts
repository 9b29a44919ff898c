import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { BoothSettings, DayCounts, KioskConfig, QueuedItem } from './types';

/**
 * The kiosk's durable storage, one IndexedDB database that survives reloads, browser restarts
 * and every visitor reset: the offline queue (visitor actions waiting to be sent, each under
 * its idempotency key) and the booth's own state (pairing, operator settings, today's counts,
 * the last sync). Nothing here describes a visitor except the queued actions themselves,
 * which leave once the server has them.
 */
export const kioskDatabase = 'jindu-kiosk';

interface Booth {
  pairing: { token: string; config: KioskConfig };
  settings: BoothSettings;
  counts: DayCounts;
  sync: { lastSync: number; lastError: string };
}

interface KioskSchema extends DBSchema {
  queue: { key: string; value: QueuedItem; indexes: { at: number } };
  booth: { key: keyof Booth; value: Booth[keyof Booth] };
}

let opened: Promise<IDBPDatabase<KioskSchema>> | undefined;

function db() {
  opened ??= openDB<KioskSchema>(kioskDatabase, 1, {
    upgrade(database) {
      const queue = database.createObjectStore('queue', { keyPath: 'key' });
      queue.createIndex('at', 'at');
      database.createObjectStore('booth');
    },
  });
  return opened;
}

/** One value of the booth's own state. */
export async function readBooth<K extends keyof Booth>(name: K): Promise<Booth[K] | undefined> {
  return (await (await db()).get('booth', name)) as Booth[K] | undefined;
}

export async function writeBooth<K extends keyof Booth>(name: K, value: Booth[K]) {
  await (await db()).put('booth', value, name);
}

export async function forgetPairing() {
  await (await db()).delete('booth', 'pairing');
}

/** Queues a visitor action; putting the same key twice keeps one. */
export async function enqueue(item: QueuedItem) {
  await (await db()).put('queue', item);
}

/** The oldest queued actions, up to `limit`. */
export async function oldest(limit: number): Promise<QueuedItem[]> {
  return (await db()).getAllFromIndex('queue', 'at', undefined, limit);
}

/** Removes actions the server has settled (stored, already stored, or refused for good). */
export async function settle(keys: string[]) {
  const tx = (await db()).transaction('queue', 'readwrite');
  await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
}

export async function queueDepth(): Promise<number> {
  return (await db()).count('queue');
}
