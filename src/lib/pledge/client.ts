import { solveChallenge } from 'altcha-lib/v1';
import { call, pb } from '../api';
import { initialOf, nameHash } from './signer';
import type { AgeBand, Certificate, PledgeStats, Verified } from './types';

/**
 * The pledge islands' calls to the server. The browser keeps a random device id (to withdraw
 * later from the same browser) and the signer's certificate, full name included: that name is
 * stored here, on the signer's own device, and nowhere else.
 */

const deviceKey = 'jindu.device';
const certificateKey = 'jindu.pledge.certificate';

/** The realtime topic the server pushes the live count on (internal/pledge/stats.go). */
export const liveTopic = 'jindu/pledges';

/** This browser's random id, made once. */
export function deviceId(): string {
  let id = localStorage.getItem(deviceKey);
  if (!id) {
    id = crypto.randomUUID().replaceAll('-', '');
    localStorage.setItem(deviceKey, id);
  }
  return id;
}

interface Challenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

/** A solved challenge, and when the server will take it (it refuses a proof used too soon). */
export interface Proof {
  payload: string;
  usableAt: number;
}

/** How long after a challenge is issued the server accepts its solution (pledge/pow.go). */
const proofMinAgeMs = 1100;

/**
 * Fetches a proof-of-work challenge and solves it with ALTCHA's own solver. Started as soon as
 * the form shows, so it is ready by the time a person has filled it in.
 */
export async function proveHuman(): Promise<Proof> {
  const usableAt = Date.now() + proofMinAgeMs;
  const challenge = await call<Challenge>('GET', '/api/jindu/pledges/challenge');
  const { promise } = solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  );
  const solution = await promise;
  if (!solution) throw new Error('the proof of work has no solution');
  const payload = btoa(
    JSON.stringify({
      algorithm: challenge.algorithm,
      challenge: challenge.challenge,
      number: solution.number,
      salt: challenge.salt,
      signature: challenge.signature,
    }),
  );
  return { payload, usableAt };
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
 * even a hash of the name. Waits, if need be, until the proof is old enough to be taken.
 */
export async function sign(signature: Signature, proof: Proof, key: string): Promise<Certificate> {
  const under14 = signature.ageBand === 'under14';
  const wait = proof.usableAt - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return call<Certificate>('POST', '/api/jindu/pledges', {
    body: {
      ageBand: signature.ageBand,
      initial: under14 ? '' : initialOf(signature.name),
      province: under14 ? '' : signature.province,
      city: under14 ? '' : signature.city,
      school: under14 ? '' : signature.school,
      nameHash: under14 ? '' : await nameHash(signature.name),
      device: deviceId(),
      key,
      proof: proof.payload,
      website: signature.website,
    },
  });
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

/** Withdraws this browser's pledge with its certificate code. */
export async function withdraw(code: string): Promise<void> {
  await call('POST', '/api/jindu/pledges/withdraw', { body: { code, device: deviceId() } });
  localStorage.removeItem(certificateKey);
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
