/**
 * English typed with typos: "extacy", "metamfetamine", "fentanil". A word of five letters or
 * more that the index does not hold is compared with the index's own words by how they sound
 * (ph and f, c and k or s, x and ks, y and i, doubled letters are one), and within one typo for
 * five to seven letters, two from eight, it is read as the closest of them.
 */

/**
 * A spelling reduced to how it sounds, so common misspellings meet the right word.
 * @example soundKey('extacy') === soundKey('ecstasy') // 'ekstasi'
 */
export function soundKey(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/x/g, 'ks')
    .replace(/q/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/([^aeiou])h/g, '$1')
    .replace(/y/g, 'i')
    .replace(/z/g, 's')
    .replace(/(.)\1+/g, '$1');
}

/** How many typos a word of this length may carry. */
export function typosAllowed(word: string): number {
  if (word.length >= 8) return 2;
  return word.length >= 5 ? 1 : 0;
}

/**
 * Edits between two strings, counting a swap of neighbours as one (optimal string alignment);
 * stops counting past `max` and then returns `max + 1`.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Corrects words against a vocabulary (the index's Latin terms: stemmed words, and whole names
 * as written). Words are compared by the sound of their stems, so a name and its stem tie and
 * both come back; so do all words equally close, and none when nothing is close enough.
 * @example typoCorrector(['ecstasi', 'ecstasy'], stem)('extacy') // ['ecstasi', 'ecstasy']
 */
export function typoCorrector(
  vocabulary: string[],
  stem: (word: string) => string,
): (word: string) => string[] {
  const byKey = new Map<string, string[]>();
  for (const term of vocabulary) {
    const key = soundKey(stem(term));
    byKey.set(key, [...(byKey.get(key) ?? []), term]);
  }
  return function correct(word) {
    const typed = soundKey(stem(word));
    // Judged by the shorter of the word and its sound, so "zzzqqq" (heard as "sk") is no word.
    const allowed = typosAllowed(typed.length < word.length ? typed : word);
    if (allowed === 0) return [];
    let closest: string[] = [];
    let distance = allowed + 1;
    for (const [key, terms] of byKey) {
      const d = typoDistance(typed, key, Math.min(allowed, distance));
      if (d < distance) [closest, distance] = [[...terms], d];
      else if (d === distance && d <= allowed) closest.push(...terms);
    }
    return distance <= allowed ? closest : [];
  };
}
