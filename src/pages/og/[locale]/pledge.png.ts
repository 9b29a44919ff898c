import type { APIRoute, GetStaticPaths } from 'astro';
import { illustrationSvg } from '../../../lib/encyclopedia/illustrations';
import { useTranslations } from '../../../lib/i18n';
import { locales, type Locale } from '../../../lib/locale';
import { renderOgCard } from '../../../lib/og/card';

/** The pledge page's Open Graph card, /og/<locale>/pledge.png, drawn with sharp at build time. */
export const getStaticPaths = (() =>
  locales.map((locale) => ({ params: { locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props: { locale } }) => {
  const t = useTranslations(locale);
  const png = await renderOgCard({
    kicker: t('pledge.ogKicker'),
    title: t('pledge.title'),
    summary: t('pledge.lead'),
    footer: t('site.fullName'),
    latin: locale === 'en',
    illustrationSvg: illustrationSvg('pledge-certificate'),
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
