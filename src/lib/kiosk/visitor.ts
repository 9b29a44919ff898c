import { kioskDatabase, readBooth, writeBooth } from './store';
import type { DayCounts } from './types';

/**
 * What the kiosk forgets between visitors, and what it counts. A reset wipes every storage a
 * page of this origin could have written for the visitor (local and session storage, other
 * IndexedDB databases); the kiosk's own database (the offline queue and the booth's state)
 * and the service worker's caches of the app stay.
 */
export async function forgetVisitor() {
  localStorage.clear();
  sessionStorage.clear();
  const databases = (await indexedDB.databases?.()) ?? [];
  await Promise.all(
    databases
      .filter((d) => d.name && d.name !== kioskDatabase)
      .map(
        (d) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(d.name!);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
}

/** Today's calendar day where the campaigns run (Asia/Shanghai), as YYYY-MM-DD. */
export function campaignDay(at = new Date()): string {
  return at.toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
}

/** Today's counts, starting from zero on a new day. */
export async function todaysCounts(): Promise<DayCounts> {
  const day = campaignDay();
  const stored = await readBooth('counts');
  return stored?.day === day ? stored : { day, visitors: 0, quizzes: 0, pledges: 0, plays: 0 };
}

/** Adds one to a count of today's. */
export async function count(what: keyof Omit<DayCounts, 'day'>) {
  const counts = await todaysCounts();
  counts[what] += 1;
  await writeBooth('counts', counts);
}
