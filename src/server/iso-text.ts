/**
 * ISO texts of instants, kept (issue 24): free times repeat the same few thousand grid instants
 * request after request, and `Date#toISOString` was a tenth of a GET of 60 days' free times.
 */

const MAX = 50_000;

/** `new Date(ms).toISOString()`, from memory for an instant asked before (the most recent `MAX`). */
export function isoTextCache(): (ms: number) => string {
  let texts = new Map<number, string>();
  return (ms) => {
    let text = texts.get(ms);
    if (text === undefined) {
      // Cleared when full rather than kept in recency order: cheap, and refilled within a request or two.
      if (texts.size >= MAX) texts = new Map();
      text = new Date(ms).toISOString();
      texts.set(ms, text);
    }
    return text;
  };
}
