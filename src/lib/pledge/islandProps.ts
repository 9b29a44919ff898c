import type { Messages } from '../messages';

/** What the pledge islands are told: the pledge messages, the error messages and the footer line. */
export type PledgeLabels = Messages['pledge'] & { errors: Messages['errors']; footer: string };
