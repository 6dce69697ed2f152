import { Injectable } from '@angular/core';

/**
 * What a new session must not inherit from the previous one: Apollo's store. The signed-out pages
 * that start a session (login, sign-up) do not load Apollo, so they cannot clear it themselves;
 * `provideGraphql()` registers the clearing here when (and only if) Apollo has been set up, and
 * those pages call `clear()` once signed in.
 */
@Injectable({ providedIn: 'root' })
export class SessionCache {
  private readonly clearers = new Set<() => Promise<unknown>>();

  /** Adds what `clear()` empties; returns the way to take it off again. */
  register(clearer: () => Promise<unknown>): () => void {
    this.clearers.add(clearer);
    return () => this.clearers.delete(clearer);
  }

  /** Empties every cache registered; nothing to do when none was ever loaded. */
  async clear(): Promise<void> {
    await Promise.all([...this.clearers].map((clearer) => clearer()));
  }
}
