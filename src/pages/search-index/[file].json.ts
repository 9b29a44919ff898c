import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { locales } from '../../lib/locale';
import { builtSearchIndex } from '../../lib/search/builtIndex';

/**
 * /search-index/<locale>.<hash>.json: the prebuilt lunr index and result cards the search box
 * downloads, named by its content (see builtIndex.ts).
 */
export const getStaticPaths = (() =>
  Promise.all(
    locales.map(async (locale) => {
      const { url, json } = await builtSearchIndex(locale);
      return {
        params: { file: url.slice('/search-index/'.length, -'.json'.length) },
        props: { json },
      };
    }),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(props.json, { headers: { 'Content-Type': 'application/json' } });
