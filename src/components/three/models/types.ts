import type { Group } from 'three';
import type { Locale } from '../../../lib/locale';

/**
 * A replica model: built in code from three.js geometry (no downloaded assets), with what a
 * visitor should notice, its real size and where to read more. Units are centimetres.
 */

export type Localized = Record<Locale, string>;

/** A point on the model with a note on what to notice there. */
export interface Annotation {
  id: string;
  /** Where the marker sits, in the model's own coordinates (cm). */
  position: [number, number, number];
  /**
   * The way the marked surface faces (default +z, the model's front); the marker fades while
   * that side is turned away from the camera, as model-viewer's hotspots do.
   */
  normal?: [number, number, number];
  title: Localized;
  text: Localized;
}

export type ModelKind = 'disguise' | 'drug' | 'plant' | 'ordinary';

export interface ModelDefinition {
  /** The page is /models/<id>/. */
  id: string;
  kind: ModelKind;
  title: Localized;
  /** One paragraph saying what the model shows, for screen readers and without WebGL. */
  description: Localized;
  /** The real object's size in words, e.g. "about 12 cm tall", shown beside the scale coin. */
  size: Localized;
  /** The encyclopedia entry it illustrates (ordinary products link to their twin's). */
  entry: string;
  /** The illustration (src/assets/illustrations) used as its poster. */
  poster: string;
  /** The ordinary product it is disguised as, for the compare mode. */
  twin?: string;
  annotations: Annotation[];
  /** Builds the model; the same every time (any randomness is seeded). */
  build: () => Group;
}
