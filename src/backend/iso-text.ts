/**
 * ISO texts of instants, kept (issue 24): free times repeat the same few thousand grid instants
 * question after question, and `Date#toISOString` was a third of the reference adapter's answer
 * for 60 days of free times. What `BackendDeps.isoText` takes (the server keeps its own).
 */
import { toIso } from '../core/availability.js';

/** `new Date(ms).toISOString()`, from memory for an instant asked before (the most recent 20,000). */
export function isoTextCache(): (ms: number) => string {
  const texts = new Map<number, string>();
  return (ms) => {
    let text = texts.get(ms);
    if (text === undefined) {
      // Cleared when full rather than kept in recency order: cheap, and refilled within a question or two.
      if (texts.size >= 20_000) texts.clear();
      texts.set(ms, (text = toIso(ms)));
    }
    return text;
  };
}
