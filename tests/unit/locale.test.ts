import { describe, expect, test } from 'vitest';
import { localeOfPath, localizePath, switchLocalePath, toLocale } from '../../src/lib/locale';
import { isInSection } from '../../src/lib/sections';

describe('language switch keeps the visitor on the same page', () => {
  test.each([
    ['/', 'en', '/en/'],
    ['/en/', 'zh-cn', '/'],
    ['/about/', 'en', '/en/about/'],
    ['/en/about/', 'zh-cn', '/about/'],
    ['/en/quiz/daily/', 'zh-cn', '/quiz/daily/'],
    ['/en/about/', 'en', '/en/about/'],
    ['/english-club/', 'en', '/en/english-club/'],
  ] as const)('%s → %s is %s', (path, target, expected) => {
    expect(switchLocalePath(path, target)).toBe(expected);
  });
});

describe('locale of a path', () => {
  test('the unprefixed root is Chinese', () => {
    expect(localeOfPath('/pledge/')).toBe('zh-cn');
  });
  test('/en/ is English, but a page merely starting with "en" is not', () => {
    expect(localeOfPath('/en/pledge/')).toBe('en');
    expect(localeOfPath('/encyclopedia/')).toBe('zh-cn');
  });
  test('unknown values fall back to the default locale', () => {
    expect(toLocale('fr')).toBe('zh-cn');
    expect(toLocale(undefined)).toBe('zh-cn');
  });
  test('localizePath adds the prefix only for English', () => {
    expect(localizePath('/quiz/', 'zh-cn')).toBe('/quiz/');
    expect(localizePath('quiz/', 'en')).toBe('/en/quiz/');
  });
});

describe('navigation highlights the current section', () => {
  test('a page inside the section is current, in both locales', () => {
    expect(isInSection('/quiz/daily/', '/quiz/', '')).toBe(true);
    expect(isInSection('/en/quiz/', '/quiz/', '/en')).toBe(true);
  });
  test('other sections and the home page are not', () => {
    expect(isInSection('/pledge/', '/quiz/', '')).toBe(false);
    expect(isInSection('/', '/quiz/', '')).toBe(false);
  });
});
