import { call, pb } from '../api';
import type { Locale } from '../locale';
import type { ClassAssignments } from './assignments';
import { recordsError } from './teacher';

/**
 * Roster cards: each nickname on a class roster has a printed card with a personal code (and a
 * QR code to the classroom page with it), because the class code is on the board for everyone
 * and a nickname alone would let a classmate play as someone else. The teacher prints and
 * reissues them; a student types the code (or scans it) to open their homework or join a class
 * session, and this browser remembers the card until they say "not me".
 */

/** The card codes' alphabet, the class codes' too: no look-alikes (0/O, 1/I/L). */
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const cardLength = 8;
const classCodeLength = 6;
const cardKey = 'jindu.classroom.card';

/** One of a class's cards, as the owning teacher reads it. */
export interface RosterCard {
  id: string;
  nickname: string;
  /** Eight characters, printed as ABCD-EFGH. */
  code: string;
}

/** What a card's code opens: who the student is, and their class's homework. */
export interface StudentCard extends ClassAssignments {
  nickname: string;
}

/** The card this browser remembers, to offer it on the homework box and live joins. */
export interface RememberedCard {
  code: string;
  nickname: string;
}

/**
 * A code as typed: upper-cased, without spaces and dashes.
 * @example normalCode(' abcd-efgh ') // 'ABCDEFGH'
 */
export function normalCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '');
}

const fromAlphabet = (code: string) => [...code].every((char) => alphabet.includes(char));

/**
 * Whether a typed text is a card's code (any case, with or without the dash).
 * @example isCardCode('abcd-efgh') // true; isCardCode('ABCD-EFG0') // false
 */
export function isCardCode(typed: string): boolean {
  const code = normalCode(typed);
  return code.length === cardLength && fromAlphabet(code);
}

/**
 * What a student typed in the homework box: a class code (six characters), a card's code
 * (eight), or neither.
 * @example codeKind('7hq-2mx') // 'class'; codeKind('ABCD EFGH') // 'card'; codeKind('12') // null
 */
export function codeKind(typed: string): 'class' | 'card' | null {
  const code = normalCode(typed);
  if (!fromAlphabet(code)) return null;
  if (code.length === classCodeLength) return 'class';
  return code.length === cardLength ? 'card' : null;
}

/**
 * A card code as printed, in two groups of four.
 * @example formatCardCode('abcdefgh') // 'ABCD-EFGH'
 */
export function formatCardCode(code: string): string {
  const normal = normalCode(code);
  return `${normal.slice(0, 4)}-${normal.slice(4)}`;
}

/**
 * The card's QR code link: the classroom page in the card's language, with the code.
 * @example cardLink('https://jindu.example', '/en/classroom/', 'abcd-efgh') // 'https://jindu.example/en/classroom/?card=ABCDEFGH'
 */
export function cardLink(origin: string, hubPath: string, code: string): string {
  const url = new URL(hubPath, origin);
  url.searchParams.set('card', normalCode(code));
  return url.href;
}

/** A class's cards in roster order (a card whose nickname has just left the roster goes last). */
export async function rosterCards(classId: string, roster: string[]): Promise<RosterCard[]> {
  try {
    const records = await pb
      .collection('roster_cards')
      .getFullList({ filter: pb.filter('class = {:c}', { c: classId }) });
    const place = (name: string) => {
      const index = roster.indexOf(name);
      return index < 0 ? roster.length : index;
    };
    return records
      .map((record) => ({
        id: record.id,
        nickname: String(record.nickname),
        code: String(record.code),
      }))
      .sort((a, b) => place(a.nickname) - place(b.nickname));
  } catch (error) {
    throw recordsError(error, 'class_not_found');
  }
}

/** Gives a card a new code; the old one stops working at once. */
export function reissueCard(id: string): Promise<RosterCard> {
  return call<RosterCard>('POST', `/api/jindu/classroom/cards/${encodeURIComponent(id)}/reissue`);
}

/** The student and homework a card's code opens; an unknown code is ApiError `card_not_found`. */
export function openCard(code: string, locale: Locale): Promise<StudentCard> {
  return call<StudentCard>('GET', `/api/jindu/classroom/cards/${normalCode(code)}`, {
    query: { locale },
  });
}

/** Remembers the student's card in this browser. */
export function rememberCard(card: RememberedCard): void {
  localStorage.setItem(cardKey, JSON.stringify({ ...card, code: normalCode(card.code) }));
}

/** The card this browser remembers, if any. */
export function rememberedCard(): RememberedCard | null {
  try {
    const stored = JSON.parse(localStorage.getItem(cardKey) ?? 'null') as RememberedCard | null;
    return stored && isCardCode(stored.code) && stored.nickname ? stored : null;
  } catch {
    return null;
  }
}

/** Forgets the remembered card ("not me": a shared computer, a borrowed phone). */
export function forgetCard(): void {
  localStorage.removeItem(cardKey);
}
