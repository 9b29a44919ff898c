import type { SearchAnswer } from './search';
import type { SearchReply, SearchRequest } from './search.worker';

/** Finds up to `limit` results for a query; answers come from a worker, hence the promise. */
export type AsyncSearch = (query: string, limit: number) => Promise<SearchAnswer>;

const loading = new Map<string, Promise<AsyncSearch>>();

/**
 * The browser's searcher over the index at `indexUrl` (a locale's, as the page was built with:
 * see builtIndex.ts): a worker loads lunr and the index on first use (the header box asks on
 * focus), once per page, so the page's own thread never parses it; a failed download can be
 * retried.
 */
export function loadSearch(indexUrl: string): Promise<AsyncSearch> {
  let search = loading.get(indexUrl);
  if (!search) {
    search = startWorker(indexUrl);
    search.catch(() => loading.delete(indexUrl));
    loading.set(indexUrl, search);
  }
  return search;
}

function startWorker(url: string): Promise<AsyncSearch> {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, (answer: SearchAnswer) => void>();
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
        const { id, ...answer } = data;
        pending.get(id)?.(answer);
        pending.delete(id);
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
