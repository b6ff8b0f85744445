/**
 * ISO texts of instants, kept (issue 24): free times repeat the same few thousand grid instants
 * question after question, and `Date#toISOString` was a third of the reference adapter's answer
 * for 60 days of free times (a tenth of the server's GET). What `BackendDeps.isoText` takes: the
 * reference adapter keeps 20,000 texts, the server, answering many businesses, 50,000.
 */
import { toIso } from '../core/availability.js';

/** `new Date(ms).toISOString()`, from memory for an instant asked before (the most recent `limit`). */
export function isoTextCache(limit = 20_000): (ms: number) => string {
  const texts = new Map<number, string>();
  return (ms) => {
    let text = texts.get(ms);
    if (text === undefined) {
      // Cleared when full rather than kept in recency order: cheap, and refilled within a question or two.
      if (texts.size >= limit) texts.clear();
      texts.set(ms, (text = toIso(ms)));
    }
    return text;
  };
}
