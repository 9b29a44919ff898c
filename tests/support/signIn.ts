import { setTimeout as sleep } from 'node:timers/promises';
import PocketBase, { ClientResponseError, type RecordAuthResponse } from 'pocketbase';
import { baseURL } from './api';
import { superuser } from './server';

/**
 * Signs in with a password as a person would, waiting out the server's login limit (20 per
 * 10 s per address, which every test file shares) when it refuses with 429.
 */
export async function signIn(
  pb: PocketBase,
  collection: string,
  email: string,
  password: string,
): Promise<RecordAuthResponse> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await pb.collection(collection).authWithPassword(email, password);
    } catch (error) {
      if (!(error instanceof ClientResponseError && error.status === 429) || attempt === 15)
        throw error;
      await sleep(1_000);
    }
  }
}

let organiser: Promise<PocketBase> | undefined;

/** The records API as the test server's superuser sees it, signed in once per test file. */
export function asSuperuser(): Promise<PocketBase> {
  organiser ??= (async () => {
    const pb = new PocketBase(baseURL());
    pb.autoCancellation(false);
    await signIn(pb, '_superusers', superuser.email, superuser.password);
    return pb;
  })();
  return organiser;
}
