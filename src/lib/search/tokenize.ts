/**
 * Search tokens for Chinese and English text, used for both the index (at build time) and the
 * query (in the browser), so the two always agree.
 *
 * Chinese has no spaces, and Intl.Segmenter's dictionary does not know drug slang: it splits
 * 冰毒 into 冰|毒 and K粉 into K|粉. So every run of Han characters also yields its single
 * characters and overlapping bigrams (冰毒 → 冰, 毒, 冰毒), which match whatever the segmenter
 * does with the query; Segmenter words add longer known words (海洛因). Latin words
 * are NFKC-folded (full-width ＭＤＭＡ → mdma) and lower-cased.
 */
const han = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * @example tokenize('拒绝冰毒') // ['拒', '绝', '冰', '毒', '拒绝', '绝冰', '冰毒']
 * @example tokenize('Special K') // ['special', 'k']
 */
export function tokenize(text: string): string[] {
  const folded = text.normalize('NFKC').toLowerCase();
  const tokens: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(folded)) {
    // Han words of one or two characters are already among the run's unigrams and bigrams.
    if (isWordLike && (!han.test(segment) || [...segment].length > 2)) tokens.push(segment);
  }
  for (const run of folded.match(/\p{Script=Han}+/gu) ?? []) {
    const characters = [...run];
    tokens.push(...characters);
    for (let i = 0; i + 1 < characters.length; i++)
      tokens.push(characters[i]! + characters[i + 1]!);
  }
  return tokens;
}
