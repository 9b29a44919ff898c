/**
 * What the browser works out from a signer's name before anything is sent: whether the name
 * can be used, its first character (the only part the server gets) and a hash for recognising
 * the same browser and name signing twice. The full name never leaves the device.
 */

export type NameProblem = 'empty' | 'tooLong' | 'invalid';

export const maxNameLength = 20;

/** Control, format (bidi overrides, zero-width joiners) and private-use characters. */
const invisible = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/u;

/** A name as it will be printed: NFC, white space collapsed and trimmed. */
export function normalName(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Why a name cannot be used, or null: 1–20 characters (not bytes), starting with a letter,
 * with no invisible character.
 * @example nameProblem('张三') // null; nameProblem('a\u202Eb') // 'invalid'
 */
export function nameProblem(raw: string): NameProblem | null {
  if (invisible.test(raw.normalize('NFC'))) return 'invalid';
  const name = normalName(raw);
  const characters = Array.from(name);
  if (characters.length === 0) return 'empty';
  if (characters.length > maxNameLength) return 'tooLong';
  if (!/^\p{L}/u.test(name)) return 'invalid';
  return null;
}

/** Whether a school name can be sent: at most 40 characters, no invisible character. */
export function schoolProblem(raw: string): boolean {
  return invisible.test(raw.normalize('NFC')) || Array.from(normalName(raw)).length > 40;
}

/** The first character of a usable name: all the server learns of it. */
export function initialOf(name: string): string {
  return Array.from(normalName(name))[0] ?? '';
}

/** SHA-256 (hex) of the name, case-folded, for the server's "same browser, same name" check. */
export async function nameHash(name: string): Promise<string> {
  const data = new TextEncoder().encode(`jindu-pledge-name\n${normalName(name).toLowerCase()}`);
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The same mask the server applies, for showing the signer what others will see. */
export function maskedName(name: string): string {
  const initial = initialOf(name);
  const upper = initial.toUpperCase();
  return upper !== initial.toLowerCase() ? `${upper}***` : `${initial}**`;
}
