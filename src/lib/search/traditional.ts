/**
 * Traditional characters typed for Simplified ones: 鴉片 means 鸦片. The build ships, for the
 * characters of the index's names, each Traditional (or variant) form followed by its Simplified
 * one, e.g. '鴉鸦頭头'; the query is folded with it before anything else.
 */
export function simplifier(pairs: string): (text: string) => string {
  const characters = [...pairs];
  const simplified = new Map<string, string>();
  for (let i = 0; i + 1 < characters.length; i += 2)
    simplified.set(characters[i]!, characters[i + 1]!);
  return (text) =>
    simplified.size === 0 ? text : text.replace(/\p{Script=Han}/gu, (c) => simplified.get(c) ?? c);
}
