/**
 * A spot-the-disguise pair as the kiosk page hands it to the island: the disguised drug and the
 * ordinary product it imitates, named in the page's language, with their posters (shown while
 * the 3D view loads and instead of it without WebGL) and what gives the disguise away.
 */
export interface SpotModel {
  id: string;
  title: string;
  description: string;
  poster: string;
}

export interface SpotPair {
  drug: SpotModel;
  ordinary: SpotModel;
  /** The disguise's notes: what to notice. */
  notes: { title: string; text: string }[];
}
