import type { APIRoute, GetStaticPaths } from 'astro';
import { entriesIn, slugOf, type Entry } from '../../../lib/encyclopedia/entries';
import { illustrationSvg } from '../../../lib/encyclopedia/illustrations';
import { useTranslations } from '../../../lib/i18n';
import { locales, type Locale } from '../../../lib/locale';
import { renderOgCard } from '../../../lib/og/card';

/** One Open Graph card per entry per locale: /og/<locale>/<slug>.png, drawn with sharp at build time. */
export const getStaticPaths = (async () => {
  const pages = await Promise.all(
    locales.map(async (locale) =>
      (await entriesIn(locale)).map((entry) => ({
        params: { locale, slug: slugOf(entry) },
        props: { entry, locale },
      })),
    ),
  );
  return pages.flat();
}) satisfies GetStaticPaths;

interface Props {
  entry: Entry;
  locale: Locale;
}

export const GET: APIRoute<Props> = async ({ props: { entry, locale } }) => {
  const t = useTranslations(locale);
  const png = await renderOgCard({
    kicker: t('encyclopedia.ogKicker'),
    title: entry.data.title,
    summary: entry.data.summary,
    footer: t('site.fullName'),
    latin: locale === 'en',
    illustrationSvg: illustrationSvg(entry.data.illustration),
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
