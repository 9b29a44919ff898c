import i18next, { type TFunction } from 'i18next';
import en from '../i18n/en.json';
import zhCN from '../i18n/zh-cn.json';
import type { Locale } from './locale';

/** Every locale's messages; zh-cn is the reference shape (see src/i18n/i18next.d.ts). */
export const messages = { 'zh-cn': zhCN, en } satisfies Record<Locale, typeof zhCN>;

const translations = i18next.createInstance();
await translations.init({
  resources: {
    'zh-cn': { translation: messages['zh-cn'] },
    en: { translation: messages.en },
  },
  lng: 'zh-cn',
  // Our locale codes are lower-case route segments; i18next would otherwise look up 'zh-CN'.
  lowerCaseLng: true,
  // A missing key fails the build instead of printing the key or the other language.
  fallbackLng: false,
  saveMissing: true,
  missingKeyHandler: (languages, _namespace, key) => {
    throw new Error(`Missing translation "${key}" for ${languages.join(', ')}`);
  },
  returnObjects: true,
  interpolation: { escapeValue: false },
});

/** The translate function for one locale; Astro pages reach it as `Astro.locals.t`. */
export function useTranslations(locale: Locale): TFunction {
  return translations.getFixedT(locale);
}
