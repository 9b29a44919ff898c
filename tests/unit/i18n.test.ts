import { describe, expect, test } from 'vitest';
import { messages, useTranslations } from '../../src/lib/i18n';

type Tree = { [key: string]: string | string[] | Tree };

/** Every leaf as "path → kind", arrays with their length, so shapes must match exactly. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value)) found.set(path, `list of ${value.length}`);
    else if (typeof value === 'object')
      leaves(value, path).forEach((kind, p) => found.set(p, kind));
    else found.set(path, 'text');
  }
  return found;
}

function texts(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value : texts(value),
  );
}

describe('translations', () => {
  const zh = leaves(messages['zh-cn']);
  const en = leaves(messages.en);

  test('every key in zh-cn.json exists in en.json with the same shape', () => {
    const missing = [...zh].filter(([key, kind]) => en.get(key) !== kind).map(([key]) => key);
    expect(missing).toEqual([]);
  });

  test('every key in en.json exists in zh-cn.json with the same shape', () => {
    const missing = [...en].filter(([key, kind]) => zh.get(key) !== kind).map(([key]) => key);
    expect(missing).toEqual([]);
  });

  test('no message is empty or left untranslated', () => {
    for (const locale of ['zh-cn', 'en'] as const) {
      expect(texts(messages[locale]).filter((text) => text.trim() === '')).toEqual([]);
    }
    const chineseInEnglish = texts(messages.en).filter(
      (text) => /[\u4e00-\u9fff]/.test(text) && text !== messages.en.language.switchTo,
    );
    expect(chineseInEnglish).toEqual([]);
  });

  test('each locale translates to its own language', () => {
    expect(useTranslations('zh-cn')('nav.quiz')).toBe('知识答题');
    expect(useTranslations('en')('nav.quiz')).toBe('Quiz');
  });

  test('a missing key fails loudly instead of showing the raw key', () => {
    const t = useTranslations('en') as (key: string) => string;
    expect(() => t('nav.doesNotExist')).toThrow(/Missing translation "nav.doesNotExist"/);
  });
});
