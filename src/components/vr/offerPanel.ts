import type { Messages } from '../../lib/messages';
import type { OfferProgress } from '../../lib/vr/offerFlow';
import type { VrScript } from '../../lib/vr/script';
import type { Target } from '../../lib/vr/view';

/** What both panels of "The offer" (the scene as text, and the debrief) get from the shell. */
export interface OfferPanelProps {
  progress: OfferProgress;
  script: VrScript;
  messages: Messages['vr'];
  /** The choices the 3D world shows, as page buttons too. */
  targets: Target[];
  onselect: (id: string) => void;
  onfocus: (id: string | null) => void;
}
