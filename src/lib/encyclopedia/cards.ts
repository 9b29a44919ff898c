import { getImage } from 'astro:assets';
import type { TFunction } from 'i18next';
import { localizePath, type Locale } from '../locale';
import { slugOf, type Entry } from './entries';
import { illustration } from './illustrations';
import { initialOf } from './sorting';
import type { Category, EffectClass } from './taxonomy';

/** What an entry card shows; plain data so Svelte islands can render and filter it. */
export interface EntryCardData {
  slug: string;
  url: string;
  title: string;
  summary: string;
  aliases: string[];
  category: Category;
  effect: EffectClass;
  controlled: boolean;
  categoryLabel: string;
  effectLabel: string;
  legalLabel: string;
  initial: string;
  image: { src: string; srcset: string; width: number; height: number };
}

/** Card data for an entry, with its thumbnail rasterised to WebP at build time. */
export async function entryCard(
  entry: Entry,
  locale: Locale,
  t: TFunction,
): Promise<EntryCardData> {
  const { data } = entry;
  const slug = slugOf(entry);
  const thumbnail = await getImage({
    src: illustration(data.illustration),
    widths: [160, 320],
    format: 'webp',
  });
  return {
    slug,
    url: localizePath(`/encyclopedia/${slug}/`, locale),
    title: data.title,
    summary: data.summary,
    // The reader's own language first; the card has room for three.
    aliases: (locale === 'en' ? data.aliases.en : data.aliases.zh).slice(0, 3),
    category: data.category,
    effect: data.effect,
    controlled: data.law.controlled,
    categoryLabel: t(`encyclopedia.category.${data.category}`),
    effectLabel: t(`encyclopedia.effect.${data.effect}`),
    legalLabel: data.law.controlled
      ? t('encyclopedia.legal.controlled')
      : t('encyclopedia.legal.notControlled'),
    initial: initialOf(data.title, locale),
    image: {
      src: thumbnail.src,
      srcset: thumbnail.srcSet.attribute,
      width: Number(thumbnail.attributes.width ?? 160),
      height: Number(thumbnail.attributes.height ?? 120),
    },
  };
}
