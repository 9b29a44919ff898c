import { ApiError, call, pb } from '../api';
import { announceCounts } from './live';
import type { ProofOfWorkTask } from './proofOfWork.worker';
import { proofPayload, type Challenge } from './proof';
import { initialOf, nameHash } from './signer';
import type { AgeBand, Certificate, PledgeStats, Verified, Withdrawal } from './types';

/**
 * The pledge islands' calls to the server. The browser keeps a device token (the server's
 * per-device limit counts it, and it lets the signer withdraw later from the same browser) and
 * the signer's certificate, full name included: that name is stored here, on the signer's own
 * device, and nowhere else.
 */

/** Where browsers kept a random id of their own before devices were signed by the server. */
const legacyDeviceKey = 'jindu.device';
const deviceKey = 'jindu.pledge.device';
const certificateKey = 'jindu.pledge.certificate';

/** The realtime topic the server pushes the live count on (internal/pledge/stats.go). */
export const liveTopic = 'jindu/pledges';

/**
 * A solved challenge, when the server will take it (it refuses a proof used too soon), and the
 * device token to sign with.
 */
export interface Proof {
  payload: string;
  usableAt: number;
  device: string;
}

/** How long after a challenge is issued the server accepts its solution (pledge/pow.go). */
const proofMinAgeMs = 1100;

/**
 * Solves a proof-of-work challenge for a signature and makes sure this browser has a device
 * token. Started as soon as the form shows, so both are ready by the time a person has filled
 * it in.
 */
export async function proveHuman(): Promise<Proof> {
  const [solved, device] = await Promise.all([solveFor('pledge'), deviceToken()]);
  return { ...solved, device };
}

/**
 * This browser's device token, asked for once and kept. It costs a proof of work four times a
 * signature's, so a script cannot get itself a fresh per-device allowance for free. Tabs of one
 * browser take turns (a Web Lock): two tabs opened together would otherwise each fetch a token,
 * and the later one would overwrite the token the other tab signs with.
 */
function deviceToken(): Promise<string> {
  if (!navigator.locks) return keptOrNewDevice();
  return navigator.locks.request(deviceKey, keptOrNewDevice);
}

async function keptOrNewDevice(): Promise<string> {
  const kept = localStorage.getItem(deviceKey);
  if (kept) return kept;
  const proof = await solveFor('device');
  await waitUntil(proof.usableAt);
  const { device } = await call<{ device: string }>('POST', '/api/jindu/pledges/devices', {
    body: { proof: proof.payload },
  });
  // without Web Locks, tabs opened together each get a token: the first kept is the browser's
  const first = localStorage.getItem(deviceKey);
  if (first) return first;
  localStorage.setItem(deviceKey, device);
  return device;
}

/** Waits until the given time, if it is still ahead. */
async function waitUntil(time: number) {
  const wait = time - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/** Fetches a challenge (for a signature or a device token) and solves it with ALTCHA's solver. */
async function solveFor(purpose: 'pledge' | 'device'): Promise<Omit<Proof, 'device'>> {
  const challenge = await call<Challenge>('GET', '/api/jindu/pledges/challenge', {
    query: purpose === 'device' ? { for: 'device' } : {},
  });
  // counted from the reply, which comes after the server issued it: counted from the request,
  // a reply slower than the margin (a busy server) made the solution arrive too young
  const usableAt = Date.now() + proofMinAgeMs;
  const number = await solveInWorker(challenge);
  if (number === null) throw new Error('the proof of work has no solution');
  return { payload: proofPayload(challenge, number), usableAt };
}

/** Solves a challenge in a worker of its own, so the page stays responsive meanwhile. */
function solveInWorker(challenge: Challenge): Promise<number | null> {
  const worker = new Worker(new URL('./proofOfWork.worker.ts', import.meta.url), {
    type: 'module',
  });
  const task: ProofOfWorkTask = {
    challenge: challenge.challenge,
    salt: challenge.salt,
    algorithm: challenge.algorithm,
    maxnumber: challenge.maxnumber,
  };
  return new Promise<number | null>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<number | null>) => resolve(event.data);
    worker.onerror = (event) =>
      reject(new Error(event.message || 'the proof-of-work worker failed'));
    worker.postMessage(task);
  }).finally(() => worker.terminate());
}

export interface Signature {
  ageBand: AgeBand;
  /** The full name: only its first character and a hash are sent. */
  name: string;
  province: string;
  city: string;
  school: string;
  /** The honeypot field's value (empty for people). */
  website: string;
}

/**
 * Signs, with an idempotency key the caller keeps for retries (a retried submission returns
 * the pledge the first one made). Under 14, nothing but the age band leaves the browser, not
 * even a hash of the name. Waits, if need be, until the proof is old enough to be taken. The
 * counts the reply carries go to the live panel at once; the certificate returned is without them.
 */
export async function sign(signature: Signature, proof: Proof, key: string): Promise<Certificate> {
  const under14 = signature.ageBand === 'under14';
  await waitUntil(proof.usableAt);
  const { counts, ...certificate } = await call<Certificate>('POST', '/api/jindu/pledges', {
    body: {
      ageBand: signature.ageBand,
      initial: under14 ? '' : initialOf(signature.name),
      province: under14 ? '' : signature.province,
      city: under14 ? '' : signature.city,
      school: under14 ? '' : signature.school,
      nameHash: under14 ? '' : await nameHash(signature.name),
      // another tab of this browser may have got and kept a token first: one browser, one device
      device: localStorage.getItem(deviceKey) ?? proof.device,
      key,
      proof: proof.payload,
      website: signature.website,
    },
  }).catch((error: unknown) => {
    // the server no longer knows this token (its keys were reset): get a new one next time
    if (error instanceof ApiError && error.code === 'pledge_device_invalid')
      localStorage.removeItem(deviceKey);
    throw error;
  });
  announceCounts(counts);
  return certificate;
}

/** The live count, top regions and the latest masked signatures. */
export function pledgeStats(): Promise<PledgeStats> {
  return call<PledgeStats>('GET', '/api/jindu/pledges/stats');
}

/** Calls `update` whenever the server pushes a new count; returns the unsubscribe function. */
export function watchStats(update: (stats: PledgeStats) => void): Promise<() => Promise<void>> {
  return pb.realtime.subscribe(liveTopic, (stats: PledgeStats) => update(stats));
}

/** What a certificate code says: the masked name, number and date. */
export function verify(code: string): Promise<Verified> {
  return call<Verified>('GET', '/api/jindu/pledges/verify', { query: { code } });
}

/**
 * Withdraws this browser's pledge with its certificate code: named by the device token it was
 * signed with, or by the random id browsers kept before tokens existed. The counts the reply
 * carries go to the live panel at once.
 */
export async function withdraw(code: string): Promise<void> {
  const devices = [localStorage.getItem(deviceKey), localStorage.getItem(legacyDeviceKey)];
  let refusal: unknown = null;
  for (const device of devices.filter((d): d is string => Boolean(d))) {
    try {
      const { counts } = await call<Withdrawal>('POST', '/api/jindu/pledges/withdraw', {
        body: { code, device },
      });
      localStorage.removeItem(certificateKey);
      announceCounts(counts);
      return;
    } catch (error) {
      refusal = error;
    }
  }
  throw (
    refusal ?? new ApiError(404, 'pledge_not_found', 'No pledge from this browser has this code.')
  );
}

/** A signed certificate with the signer's full name, as kept on this device. */
export interface KeptCertificate extends Certificate {
  name: string;
}

export function keptCertificate(): KeptCertificate | null {
  try {
    return JSON.parse(localStorage.getItem(certificateKey) ?? 'null') as KeptCertificate | null;
  } catch {
    return null;
  }
}

export function keepCertificate(certificate: KeptCertificate) {
  localStorage.setItem(certificateKey, JSON.stringify(certificate));
}
