import { LRUCache } from "lru-cache";
import type { CachedPage } from "./rules";

/**
 * Rendered patient pages, kept for a few seconds so that a crowd reading the same pages costs one
 * render per page, not one per visitor. Any change made through this server empties it at once
 * (`clear`); `seconds` bounds how stale a page can be after a change this server did not see (a
 * second server on the same database, a command-line import).
 */
export class PageStore {
  readonly #pages: LRUCache<string, CachedPage>;
  readonly #rendering = new Map<string, Promise<CachedPage | undefined>>();
  #generation = 0;

  constructor(options: { seconds: number; megabytes: number }) {
    this.#pages = new LRUCache({
      ttl: options.seconds * 1000,
      // An expired page goes at once rather than when memory is needed.
      ttlAutopurge: true,
      maxSize: options.megabytes * 1024 * 1024,
      sizeCalculation: (page) => page.body.length * 2 + 1024,
    });
  }

  get(key: string): CachedPage | undefined {
    return this.#pages.get(key);
  }

  /** The render of `key` under way, which a request for the same page waits for instead of
   * rendering it again. */
  rendering(key: string): Promise<CachedPage | undefined> | undefined {
    return this.#rendering.get(key);
  }

  /**
   * Runs `render` as the one render of `key`; keeps what it gives, if `keep`, unless the data
   * changed while it ran (the page might show the state before the change). The result is
   * `render`'s own.
   */
  async render<T extends { page?: CachedPage }>(key: string, render: () => Promise<T>, keep = true): Promise<T> {
    const generation = this.#generation;
    const result = render();
    const page = result.then((value) => value.page).catch(() => undefined);
    this.#rendering.set(key, page);
    try {
      const value = await result;
      if (keep && value.page && generation === this.#generation) this.#pages.set(key, value.page);
      return value;
    } finally {
      if (this.#rendering.get(key) === page) this.#rendering.delete(key);
    }
  }

  /** Forgets every page, and every render under way (which may have read the data before the
   * change): something may have changed what they show. */
  clear(): void {
    this.#generation += 1;
    this.#pages.clear();
    this.#rendering.clear();
  }
}
