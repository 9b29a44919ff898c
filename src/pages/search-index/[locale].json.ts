import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../lib/locale';
import { buildSearchIndex } from '../../lib/search/buildIndex';
import { searchDocuments } from '../../lib/search/documentsFromContent';

/** /search-index/<locale>.json: the prebuilt lunr index and result cards the search box downloads. */
export const getStaticPaths = (() =>
  locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = buildSearchIndex(await searchDocuments(params.locale as Locale));
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
