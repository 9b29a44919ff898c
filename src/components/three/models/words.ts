import type { Annotation, Localized, ModelDefinition } from './types';

/**
 * A model's words, in its JSON file under words/ (one per model, beside the code that builds
 * it): its title, description and size, and what each marked point says, by the point's id.
 */
export interface ModelWords {
  title: Localized;
  description: Localized;
  size: Localized;
  notes: Record<string, { title: Localized; text: Localized }>;
}

/** A marked point without its words: where it sits and which way its surface faces. */
export type Spot = Omit<Annotation, 'title' | 'text'>;

/**
 * A model's words joined with its marked points, as its definition holds them; a point whose
 * note is missing from the words is an error.
 */
export function withWords(
  words: ModelWords,
  spots: Spot[],
): Pick<ModelDefinition, 'title' | 'description' | 'size' | 'annotations'> {
  return {
    title: words.title,
    description: words.description,
    size: words.size,
    annotations: spots.map((spot) => {
      const note = words.notes[spot.id];
      if (!note) throw new Error(`no words for the note "${spot.id}"`);
      return { ...spot, ...note };
    }),
  };
}
