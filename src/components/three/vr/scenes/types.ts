import type { Group } from 'three';
import type { Vec3 } from '../layout';

/** A room of the experience, built in code: the same in the browser and in a Node test. */
export interface Room {
  id: 'lobby' | 'party' | 'ktv' | 'chat' | 'body';
  build: () => Group;
  /** The colour behind everything (what shows through the open side). */
  background: string;
  /** Hemisphere light (sky, ground) and a key light, tuned per room. */
  light: { sky: string; ground: string; key: number };
  /** Where the offered thing (a replica model, by id) is shown, its bottom at `at`. */
  prop?: { at: Vec3; turn: Vec3; scale: number };
  /** Where the spoken line floats, if not above the person across the table. */
  lineAt?: Vec3;
}
