/**
 * The prize draw as anyone re-runs it (the server's quiz.DrawWinners, in the browser): each
 * entry's ticket is the SHA-256 of the seed, a newline and its id; the lowest tickets win.
 */

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The commitment to a seed: lower-case hex SHA-256 of its UTF-8 bytes. */
export function seedHash(seed: string): Promise<string> {
  return sha256Hex(seed);
}

/** Whether the entries are sorted (by code unit, as Go sorts strings) and distinct. */
export function sortedAndDistinct(entries: string[]): boolean {
  return entries.every((id, i) => i === 0 || entries[i - 1]! < id);
}

/**
 * The winners a seed draws from the entries.
 * @example await drawWinners('seed', ['a', 'b', 'c'], 1) // ['b'] (whichever ticket is lowest)
 */
export async function drawWinners(
  seed: string,
  entries: string[],
  winners: number,
): Promise<string[]> {
  const tickets = await Promise.all(
    entries.map(async (id) => ({ id, ticket: await sha256Hex(`${seed}\n${id}`) })),
  );
  tickets.sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : 0));
  return tickets.slice(0, winners).map((t) => t.id);
}

/** A fresh random seed to commit to (128 bits, hex). */
export function randomSeed(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
