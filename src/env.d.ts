/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    locale: import('./lib/locale').Locale;
    t: import('i18next').TFunction;
  }
}
