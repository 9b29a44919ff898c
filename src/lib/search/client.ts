import type { SearchIndexFile } from './buildIndex';
import type { Locale } from '../locale';
import type { Search } from './search';

/** Where a locale's prebuilt index is served (see src/pages/search-index/). */
export function searchIndexUrl(locale: Locale): string {
  return `/search-index/${locale}.json`;
}

const loading = new Map<Locale, Promise<Search>>();

/**
 * The browser's searcher for a locale: lunr and the index load on first use (the header box
 * asks on focus), once per page; a failed download can be retried.
 */
export function loadSearch(locale: Locale): Promise<Search> {
  let search = loading.get(locale);
  if (!search) {
    search = Promise.all([import('./search'), fetch(searchIndexUrl(locale))]).then(
      async ([module, response]) => {
        if (!response.ok) throw new Error(`search index ${response.status}`);
        return module.createSearcher((await response.json()) as SearchIndexFile);
      },
    );
    search.catch(() => loading.delete(locale));
    loading.set(locale, search);
  }
  return search;
}
