/** IANA time-zone names: validity, without reading the clock or the host's zone. */

const known = new Map<string, boolean>();
let listed: Set<string> | undefined;

/** True when the runtime's Intl knows this IANA zone (e.g. `Europe/Copenhagen`, `UTC`). */
export function isValidTimeZone(zone: string): boolean {
  let ok = known.get(zone);
  // A zone the runtime lists is valid: answered without building a formatter, because a page's
  // first `Intl.DateTimeFormat` loads the zone data (tens of milliseconds on a phone) while the
  // list does not. Aliases the list leaves out (`Europe/Kiev`, `Etc/GMT+1`) take the formatter.
  if (ok === undefined && typeof Intl.supportedValuesOf === 'function') {
    listed ??= new Set(Intl.supportedValuesOf('timeZone'));
    if (listed.has(zone)) ok = !/^[+-]\d/.test(zone);
  }
  if (ok === undefined) {
    try {
      // The constructor throws RangeError for an unknown zone; nothing is formatted.
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      ok = zone.length > 0 && !/^[+-]\d/.test(zone);
    } catch {
      ok = false;
    }
    known.set(zone, ok);
  }
  return ok;
}

/** Every zone the runtime lists, for pickers (`Intl.supportedValuesOf`), with UTC first. */
export function listTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...zones.filter((z) => z !== 'UTC')];
}
