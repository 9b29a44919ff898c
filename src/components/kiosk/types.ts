import type { Messages } from '../../lib/messages';

/** The kiosk's messages, as the page hands them to the island. */
export type KioskMessages = Messages['kiosk'];

/** Where the kiosk's links lead, made by the page in its language. */
export interface KioskLinks {
  otherLocale: string;
  zh: string;
  en: string;
  vr: string;
  /** The absolute address of the certificate check, for the QR code (`?code=` is added). */
  verify: string;
  /** The absolute address of the pledge form, for visitors who would rather sign on their phone. */
  signForm: string;
  site: string;
}
