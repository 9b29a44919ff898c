/** The site's languages; the first is the default and lives at the unprefixed root. */
export const locales = ['zh-cn', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'zh-cn';

/** BCP 47 tags for `<html lang>` and `hreflang`; the route codes are lower-case. */
export const htmlLang: Record<Locale, string> = { 'zh-cn': 'zh-CN', en: 'en' };

/**
 * Narrows Astro's `currentLocale` (a plain string) to a Locale.
 * @example toLocale('en') // 'en'; toLocale(undefined) // 'zh-cn'
 */
export function toLocale(value: string | undefined): Locale {
  return locales.find((locale) => locale === value) ?? defaultLocale;
}

/**
 * The locale a site path belongs to, read from its first segment.
 * @example localeOfPath('/en/about/') // 'en'
 */
export function localeOfPath(path: string): Locale {
  const first = path.split('/')[1] ?? '';
  return toLocale(locales.find((locale) => locale !== defaultLocale && locale === first));
}

/**
 * The same page in another locale: strips the current prefix and adds the target's.
 * @example switchLocalePath('/en/about/', 'zh-cn') // '/about/'
 * @example switchLocalePath('/about/', 'en') // '/en/about/'
 */
export function switchLocalePath(path: string, target: Locale): string {
  const current = localeOfPath(path);
  const bare = current === defaultLocale ? path : path.slice(`/${current}`.length) || '/';
  return localizePath(bare, target);
}

/**
 * Prefixes a root-relative path with a locale's segment (none for the default locale).
 * @example localizePath('/quiz/', 'en') // '/en/quiz/'
 */
export function localizePath(path: string, locale: Locale): string {
  const rooted = path.startsWith('/') ? path : `/${path}`;
  return locale === defaultLocale ? rooted : `/${locale}${rooted}`;
}
