/**
 * ISO-8601 durations as fixed lengths of time (Graph's convention for scheduling settings):
 * `PnW`, `PnDTnHnMnS` with a day taken as 24 hours. Years and months have no fixed length,
 * so they are refused with a suggestion rather than guessed.
 */

const PATTERN = /^P(?!$)(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;
const CALENDAR = /^P(?:\d+Y)?(?:\d+M)?/;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type DurationResult = { ok: true; ms: number } | { ok: false; message: string };

/** Parses an ISO-8601 duration into milliseconds, or says what was expected. */
export function parseDuration(text: string): DurationResult {
  const m = PATTERN.exec(text);
  if (!m) {
    const calendar = CALENDAR.exec(text);
    if (calendar && calendar[0].length > 1) {
      return { ok: false, message: 'years and months have no fixed length: use days or weeks, such as P365D or P8W' };
    }
    return { ok: false, message: 'expected an ISO-8601 duration such as PT30M' };
  }
  const [, w, d, h, min, s] = m;
  const ms =
    Number(w ?? 0) * 7 * DAY +
    Number(d ?? 0) * DAY +
    Number(h ?? 0) * HOUR +
    Number(min ?? 0) * MINUTE +
    Math.round(Number((s ?? '0').replace(',', '.')) * 1000);
  return { ok: true, ms };
}

/** Milliseconds of a duration already validated by the schemas; throws on a malformed one (a programming error). */
export function durationMs(text: string): number {
  const r = parseDuration(text);
  if (!r.ok) throw new RangeError(`${text}: ${r.message}`);
  return r.ms;
}
