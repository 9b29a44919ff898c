/**
 * Gaze and dwell: in a headset with no controllers or tracked hands, looking at a button for a
 * moment presses it. The clock restarts whenever the gaze moves to another target, and a
 * target that fired must be looked away from before it can fire again, so resting the eyes on
 * "next" does not skip through a scene.
 */
export class Dwell {
  private target: string | null = null;
  private since = 0;
  private spent: string | null = null;

  constructor(private readonly holdMs = 1500) {}

  /**
   * Reports what the gaze rests on now (or null); returns how far the press has filled (0–1)
   * and the target that fires at this moment, if any.
   */
  look(target: string | null, now: number): { progress: number; fired: string | null } {
    if (target !== this.target) {
      this.target = target;
      this.since = now;
      if (target !== this.spent) this.spent = null;
    }
    if (!target || target === this.spent) return { progress: 0, fired: null };
    const progress = Math.min(1, (now - this.since) / this.holdMs);
    if (progress < 1) return { progress, fired: null };
    this.spent = target;
    return { progress: 1, fired: target };
  }
}
