/**
 * The relevance cut-off: which results are listed at all. It is what matches, not a count.
 *
 * A unit of the query counts when some result matches it; units nothing matches (a word the
 * site never uses, a question's stray word) are left out. When the query names something the
 * index knows by name (a street name, a title), a result must match every such name: "上头电子烟"
 * lists the pages that mention 上头电子烟, not every page with 电子 or 烟, and "冰毒有什么危害"
 * lists the pages about 冰毒 whether or not they use the word 危害, which only ranks them.
 * Among those, a page that only mentions the name in passing (小树枝 is "often sold with 笑气")
 * scores a small fraction of the page the name belongs to and is left out too.
 * Otherwise a result must match every unit, or, when none does, as many as any result does.
 * Hits come best first, as lunr returns them.
 */
/** A score under this share of the best one is a passing mention of a name. */
const passingMention = 0.04;

export function relevantHits<Hit extends { score: number }, Unit>(
  hits: Hit[],
  units: Unit[],
  covers: (hit: Hit, unit: Unit) => boolean,
  isName: (unit: Unit) => boolean,
): Hit[] {
  const known = units.filter((unit) => hits.some((hit) => covers(hit, unit)));
  if (known.length === 0) return [];
  const names = known.filter(isName);
  const required = names.length > 0 ? names : known;
  const matched = hits.map((hit) => required.filter((unit) => covers(hit, unit)).length);
  const most = Math.max(...matched);
  const listed = hits.filter((_, i) => matched[i] === most);
  if (names.length === 0) return listed;
  const floor = (listed[0]?.score ?? 0) * passingMention;
  return listed.filter((hit) => hit.score >= floor);
}
