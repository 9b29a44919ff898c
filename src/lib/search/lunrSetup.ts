import lunr from 'lunr';
import { tokenize } from './tokenize';

/** The field of whole names: each street name or title is one token, so an exact match wins. */
export const exactField = 'exact';

/**
 * lunr's own tokenizer splits on spaces and its trimmer strips every non-ASCII character, so
 * Chinese would vanish. Both the builder and the query use our tokenizer instead, and the only
 * pipeline step is the English stemmer, applied to Latin words alone ("pills" finds "pill"),
 * never to whole names.
 */
export function stemLatin(token: lunr.Token): lunr.Token {
  const { fields } = (token as unknown as { metadata: { fields?: string[] } }).metadata;
  if (fields?.[0] === exactField) return token;
  return /^[a-z]+$/.test(token.toString()) ? lunr.stemmer(token) : token;
}
lunr.Pipeline.registerFunction(stemLatin, 'jinduStemLatin');

/**
 * A whole name as one token: what someone typing exactly "大烟" or "special K" means.
 * @example phrase(' Special  K ') // 'special k'
 */
export function phrase(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Our tokens as lunr Tokens; the exact field keeps each name whole. */
export function lunrTokens(value: unknown, metadata: { fields?: string[] } = {}): lunr.Token[] {
  if (value == null) return [];
  const values = Array.isArray(value) ? value.map(String) : [String(value)];
  const tokens =
    metadata.fields?.[0] === exactField ? values.map(phrase) : tokenize(values.join(' '));
  return tokens.filter(Boolean).map((token) => new lunr.Token(token, { ...metadata }));
}

export { lunr };

/**
 * A Latin word as the index stores it outside whole names: stemmed by lunr's English stemmer.
 * @example stemWord('pills') // 'pill'
 */
export function stemWord(word: string): string {
  return /^[a-z]+$/.test(word) ? lunr.stemmer(new lunr.Token(word, {})).toString() : word;
}
