/** IANA time-zone names: validity, without reading the clock or the host's zone. */

const known = new Map<string, boolean>();

/** True when the runtime's Intl knows this IANA zone (e.g. `Europe/Copenhagen`, `UTC`). */
export function isValidTimeZone(zone: string): boolean {
  let ok = known.get(zone);
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
