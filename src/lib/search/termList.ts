import { lunr } from './lunrSetup';

/**
 * The index's sorted terms, looked up by bisection. lunr keeps its terms as an automaton
 * (`TokenSet.fromArray`), which took a quarter of the Chinese index's load time to build; every
 * clause our searcher sends is a whole term (it expands prefixes itself, see `termsFrom`), and a
 * whole term needs only a lookup.
 */

/** Where a word is, or would be, in the sorted terms. */
function position(terms: string[], word: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (terms[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether the index holds a term. */
export function hasTerm(terms: string[], term: string): boolean {
  return terms[position(terms, term)] === term;
}

/**
 * The terms that begin with a prefix, in order.
 * @example termsFrom(['ecstasi', 'ecstasy', 'egg'], 'ecst') // ['ecstasi', 'ecstasy']
 */
export function termsFrom(terms: string[], prefix: string): string[] {
  const found: string[] = [];
  for (let i = position(terms, prefix); terms[i]?.startsWith(prefix); i++) found.push(terms[i]!);
  return found;
}

interface TokenSetNode {
  final: boolean;
  edges: Record<string, TokenSetNode>;
}

/** The one word a query's token set spells, if it spells one without wildcards. */
function singleWord(set: lunr.TokenSet): string | undefined {
  let node = set as unknown as TokenSetNode;
  let word = '';
  for (;;) {
    const edges = Object.keys(node.edges);
    if (edges.length === 0) return node.final ? word : undefined;
    if (node.final || edges.length > 1 || edges[0] === '*') return undefined;
    word += edges[0];
    node = node.edges[edges[0]!]!;
  }
}

/**
 * Stands in for the index's TokenSet in `lunr.Index#query`, which only intersects it with each
 * clause's token set and lists the result. A whole term is looked up; anything else (a wildcard
 * or an edit distance) builds lunr's automaton once and asks it.
 */
export function termLookup(terms: string[]): lunr.TokenSet {
  let automaton: lunr.TokenSet | undefined;
  // lunr 2.3.9 has TokenSet.fromArray (the builder uses it); @types/lunr leaves it out.
  const { fromArray } = lunr.TokenSet as unknown as {
    fromArray: (terms: string[]) => lunr.TokenSet;
  };
  const lookup = {
    intersect(clause: lunr.TokenSet) {
      const word = singleWord(clause);
      if (word === undefined) return (automaton ??= fromArray(terms)).intersect(clause);
      return { toArray: () => (hasTerm(terms, word) ? [word] : []) };
    },
  };
  return lookup as unknown as lunr.TokenSet;
}
