import type { SearchIndexFile } from './buildIndex';
import { createSearcher, type Search, type SearchAnswer } from './search';

/**
 * The searcher, off the page's thread: parsing the index and building lunr's structures takes a
 * few hundred milliseconds on a phone, which on the main thread would freeze the page while it
 * first draws. Messages: `{ url }` loads an index and answers `{ ready: true }` (or
 * `{ error }`); `{ id, query, limit }` answers `{ id, results, misspelt }`.
 */
export type SearchRequest = { url: string } | { id: number; query: string; limit: number };
export type SearchReply = { ready: true } | { error: string } | ({ id: number } & SearchAnswer);

/** The worker's global scope, as much of it as is used (the project's types are the page's). */
const scope = self as unknown as {
  onmessage: (event: MessageEvent<SearchRequest>) => void;
  postMessage: (message: SearchReply) => void;
};

let search: Search | undefined;

scope.onmessage = async ({ data }) => {
  if ('url' in data) {
    try {
      const response = await fetch(data.url);
      if (!response.ok) throw new Error(`search index ${response.status}`);
      search = createSearcher((await response.json()) as SearchIndexFile);
      scope.postMessage({ ready: true });
    } catch (error) {
      scope.postMessage({ error: String(error) });
    }
    return;
  }
  const answer = search ? search.answer(data.query, data.limit) : { results: [], misspelt: [] };
  scope.postMessage({ id: data.id, ...answer });
};
