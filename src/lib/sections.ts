/**
 * The portal's top-level sections, in navigation order. Header, footer and the 404 page
 * all read this list, so a new section is added in one place.
 */
export const sections = [
  { id: 'encyclopedia', path: '/encyclopedia/', icon: 'book' },
  { id: 'quiz', path: '/quiz/', icon: 'quiz' },
  { id: 'pledge', path: '/pledge/', icon: 'pledge' },
  { id: 'models', path: '/models/', icon: 'cube' },
  { id: 'classroom', path: '/classroom/', icon: 'classroom' },
  { id: 'about', path: '/about/', icon: 'info' },
] as const;

export type Section = (typeof sections)[number];
export type SectionId = Section['id'];

/**
 * Whether a page path lies inside a section, for `aria-current` in the navigation.
 * @example isInSection('/en/quiz/daily/', '/quiz/', 'en') // true
 */
export function isInSection(pagePath: string, sectionPath: string, localePrefix: string): boolean {
  return pagePath.startsWith(`${localePrefix}${sectionPath}`);
}
