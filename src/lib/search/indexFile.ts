import { exactField, lunr, stemLatin } from './lunrSetup';
import { termLookup } from './termList';

/**
 * A compact, prebuilt lunr index. lunr's own JSON repeats every field name for every term and
 * stores float vectors, which made the Chinese index (characters plus bigrams) 2 MB. This file
 * holds what lunr's builder knows once every document is analysed — the sorted terms, which
 * document fields hold each term and how often, and each field's length — and the browser runs
 * lunr's own final step (`Builder#build`: BM25 vectors and the term automaton) on it. Tokenizing,
 * stemming and counting all happen at build time; the scores are exactly lunr's.
 */
export interface PackedIndex {
  /** Field names and boosts, in lunr's order. */
  fields: [string, number][];
  documentCount: number;
  /** Token counts per document field, flat: `lengths[doc * fields.length + field]`. */
  lengths: number[];
  /** Every term, sorted. */
  terms: string[];
  /**
   * Per term, its postings in increasing `code = doc * fields.length + field`, each written as
   * the gap from the previous code (from 0 for the first): `gap` when the term occurs once in
   * that field, `-gap - 1, frequency` otherwise. Gaps are short numbers, which gzip well.
   */
  postings: number[][];
}

/** What lunr's Builder keeps internally; stable in lunr 2.3.9, which package.json pins. */
interface BuilderState {
  _fields: Record<string, { boost?: number }>;
  _documents: Record<string, object>;
  documentCount: number;
  fieldLengths: Record<string, number>;
  fieldTermFrequencies: Record<string, Record<string, number>>;
  invertedIndex: Record<string, Record<string, unknown>>;
}

const state = (builder: lunr.Builder) => builder as unknown as BuilderState;

/** Packs a builder whose documents (refs "0", "1", …) have all been added. */
export function packIndex(builder: lunr.Builder): PackedIndex {
  const { _fields, documentCount, fieldLengths, fieldTermFrequencies, invertedIndex } =
    state(builder);
  const fields = Object.entries(_fields).map(([name, { boost }]): [string, number] => [
    name,
    boost ?? 1,
  ]);
  const names = fields.map(([name]) => name);
  const lengths = Array.from({ length: documentCount * names.length }, (_, i) => {
    return fieldLengths[`${names[i % names.length]}/${Math.floor(i / names.length)}`] ?? 0;
  });
  const terms = Object.keys(invertedIndex).sort();
  const postings = terms.map((term) => {
    const packed: number[] = [];
    let previous = 0;
    for (let doc = 0; doc < documentCount; doc++) {
      names.forEach((name, field) => {
        const frequency = fieldTermFrequencies[`${name}/${doc}`]?.[term];
        if (!frequency) return;
        const code = doc * names.length + field;
        const gap = code - previous;
        previous = code;
        if (frequency === 1) packed.push(gap);
        else packed.push(-gap - 1, frequency);
      });
    }
    return packed;
  });
  return { fields, documentCount, lengths, terms, postings };
}

/**
 * A term's postings, decoded: each document field that holds the term, as its code, and how
 * often it holds it.
 */
export function postingsOf(packed: PackedIndex, term: number): [code: number, frequency: number][] {
  const gaps = packed.postings[term] ?? [];
  const found: [number, number][] = [];
  let code = 0;
  for (let i = 0; i < gaps.length; i++) {
    const gap = gaps[i]!;
    code += gap < 0 ? -gap - 1 : gap;
    found.push([code, gap < 0 ? gaps[++i]! : 1]);
  }
  return found;
}

/** The browser's index, and the terms of its exact field: the index's whole names. */
export interface UnpackedIndex {
  index: lunr.Index;
  wholeNames: string[];
}

/** lunr's BM25 parameters (Builder defaults). */
const k1 = 1.2;
const b = 0.75;

/**
 * Rebuilds the lunr index in the browser. It computes what `Builder#build` would — each
 * field's BM25 term weights, rounded as lunr rounds them — directly from
 * the prebuilt counts, in one pass over sorted terms (lunr's builder re-sorts every vector on
 * insert, which took a fifth of a second on a phone-class CPU for the Chinese index). A unit
 * test holds the scores equal to lunr's own builder. The same pass lists the whole names, which
 * would otherwise take a second pass over every posting on the first query.
 */
export function unpackIndex(packed: PackedIndex): UnpackedIndex {
  const names = packed.fields.map(([name]) => name);
  const fieldCount = names.length;
  const averageLength = names.map((_, field) => {
    let total = 0;
    for (let doc = 0; doc < packed.documentCount; doc++)
      total += packed.lengths[doc * fieldCount + field] ?? 0;
    return total / packed.documentCount;
  });
  const vectors: number[][] = Array.from({ length: packed.documentCount * fieldCount }, () => []);
  const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
  // Most terms live in one or two fields; the others share one empty, read-only posting.
  const none = Object.freeze(Object.create(null));
  const wholeNames: string[] = [];

  packed.terms.forEach((term, index) => {
    const posting: Record<string, unknown> = Object.create(null);
    posting._index = index;
    for (const name of names) posting[name] = none;
    const found = postingsOf(packed, index);
    // lunr.idf counts the document fields that hold the term.
    const ratio = (packed.documentCount - found.length + 0.5) / (found.length + 0.5);
    const idf = Math.log(1 + Math.abs(ratio));
    for (const [code, frequency] of found) {
      const field = code % fieldCount;
      const doc = Math.floor(code / fieldCount);
      const name = names[field]!;
      if (posting[name] === none) posting[name] = Object.create(null);
      (posting[name] as Record<string, object>)[doc] = none;
      const length = packed.lengths[code] ?? 0;
      const norm = k1 * (1 - b + b * (length / averageLength[field]!)) + frequency;
      const score = ((idf * ((k1 + 1) * frequency)) / norm) * packed.fields[field]![1];
      vectors[code]!.push(index, Math.round(score * 1000) / 1000);
    }
    invertedIndex[term] = posting;
    if (posting[exactField] !== none) wholeNames.push(term);
  });

  const fieldVectors: Record<string, lunr.Vector> = Object.create(null);
  vectors.forEach((elements, code) => {
    fieldVectors[`${names[code % fieldCount]}/${Math.floor(code / fieldCount)}`] = new lunr.Vector(
      elements,
    );
  });
  const pipeline = new lunr.Pipeline();
  pipeline.add(stemLatin);
  const index = new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet: termLookup(packed.terms),
    fields: names,
    pipeline,
  } as unknown as ConstructorParameters<typeof lunr.Index>[0]);
  return { index, wholeNames };
}
