import type { Locale } from '../locale';
import type { SearchResult } from './search';
import type { SearchReply, SearchRequest } from './search.worker';

/** Where a locale's prebuilt index is served (see src/pages/search-index/). */
export function searchIndexUrl(locale: Locale): string {
  return `/search-index/${locale}.json`;
}

/** Finds up to `limit` results for a query; answers come from a worker, hence the promise. */
export type AsyncSearch = (query: string, limit: number) => Promise<SearchResult[]>;

const loading = new Map<Locale, Promise<AsyncSearch>>();

/**
 * The browser's searcher for a locale: a worker loads lunr and the index on first use (the
 * header box asks on focus), once per page, so the page's own thread never parses it; a failed
 * download can be retried.
 */
export function loadSearch(locale: Locale): Promise<AsyncSearch> {
  let search = loading.get(locale);
  if (!search) {
    search = startWorker(searchIndexUrl(locale));
    search.catch(() => loading.delete(locale));
    loading.set(locale, search);
  }
  return search;
}

function startWorker(url: string): Promise<AsyncSearch> {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, (results: SearchResult[]) => void>();
  let nextId = 0;
  const send = (request: SearchRequest) => worker.postMessage(request);
  const search: AsyncSearch = (query, limit) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      send({ id, query, limit });
    });

  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<SearchReply>) => {
      if ('id' in data) {
        pending.get(data.id)?.(data.results);
        pending.delete(data.id);
      } else if ('ready' in data) {
        resolve(search);
      } else {
        worker.terminate();
        reject(new Error(data.error));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the search worker failed'));
    };
    send({ url });
  });
}
