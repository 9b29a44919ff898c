/** A piece of text, marked when it matched the query, so the UI can wrap it in <mark>. */
export interface Highlighted {
  text: string;
  match: boolean;
}

/** What to mark: literal pieces (Chinese names and words), and Latin words chosen by a test. */
export interface HighlightTerms {
  /** Marked wherever they occur, case-insensitively: 跳跳糖, k粉. */
  pieces: string[];
  /** Whether a whole Latin word of the text matched ("Ecstasy" for ecsta, extacy or ecstasy). */
  word: (word: string) => boolean;
}

const latinWord = /[a-z0-9]+/gi;

/**
 * Splits text into marked and unmarked parts. Every matched term is marked whole, overlapping
 * matches join (跳跳 and 跳糖 mark 跳跳糖 as one), and so do marks only a space apart
 * ("laughing gas").
 * @example highlight('冰毒又叫冰', { pieces: ['冰毒'], word: () => false })
 *   // [{ text: '冰毒', match: true }, { text: '又叫冰', match: false }]
 */
export function highlight(text: string, terms: HighlightTerms): Highlighted[] {
  const marked = new Array<boolean>(text.length).fill(false);
  const lower = text.toLowerCase();
  for (const piece of terms.pieces) {
    const needle = piece.toLowerCase();
    if (!needle.trim() || needle.length !== piece.length) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      // A Latin piece marks whole words only: "k" marks K粉 but not the k of "skunk".
      const inside = /[a-z0-9]/i;
      if (inside.test(needle[0]!) && inside.test(text[at - 1] ?? '')) continue;
      marked.fill(true, at, at + needle.length);
    }
  }
  for (const found of text.matchAll(latinWord)) {
    if (terms.word(found[0].toLowerCase()))
      marked.fill(true, found.index, found.index + found[0].length);
  }
  for (const gap of text.matchAll(/ +/g)) {
    const end = gap.index + gap[0].length;
    if (marked[gap.index - 1] && marked[end]) marked.fill(true, gap.index, end);
  }

  const parts: Highlighted[] = [];
  for (let i = 0; i < text.length;) {
    let end = i;
    while (end < text.length && marked[end] === marked[i]) end++;
    parts.push({ text: text.slice(i, end), match: marked[i]! });
    i = end;
  }
  return parts.length > 0 ? parts : [{ text, match: false }];
}
