// How the zone picker names and finds zones: "Copenhagen — Central European Time, GMT+1", in the
// reader's language, with everything a person might type to find it. Named once per language and
// day (offsets change with daylight saving), since Intl formatters are costly to make.

export interface ZoneChoice {
  zone: string;
  /** "Copenhagen", from the IANA name: people know their city better than their zone's name. */
  city: string;
  /** "Central European Time, GMT+1". */
  description: string;
  /** "Copenhagen — Central European Time, GMT+1". */
  label: string;
  /** Folded city, IANA id, names and offset, for matching. */
  search: string;
}

const cache = new Map<string, ZoneChoice>();
const DAY = 86_400_000;

const canonicalIds = new Map<string, string>();

/** The runtime's own id for a zone, so an alias (Asia/Calcutta for Asia/Kolkata) is listed once. */
export function canonical(zone: string): string {
  let id = canonicalIds.get(zone);
  if (id === undefined) {
    try {
      id = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      id = zone;
    }
    canonicalIds.set(zone, id);
  }
  return id;
}

/** Lower case without accents, for matching what people type ("sao" finds "São Paulo"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function zoneName(zone: string, lang: string, at: number, style: 'long' | 'longGeneric' | 'shortOffset'): string {
  try {
    return (
      new Intl.DateTimeFormat(lang, { timeZone: zone, timeZoneName: style })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value ?? ''
    );
  } catch {
    return '';
  }
}

export function zoneChoice(zone: string, lang: string, at: number): ZoneChoice {
  const key = `${lang}|${zone}|${Math.floor(at / DAY)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const city = zone === 'UTC' ? 'UTC' : (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
  const generic = zoneName(zone, lang, at, 'longGeneric');
  const long = zoneName(zone, lang, at, 'long');
  const offset = zoneName(zone, lang, at, 'shortOffset');
  // A generic name that is only an offset ("GMT+00:00") says less than the long one.
  const name = !generic || /^(GMT|UTC)[+−-]/.test(generic) ? long || zone : generic;
  const description = offset && offset !== name ? `${name}, ${offset}` : name;
  const choice: ZoneChoice = {
    zone,
    city,
    description,
    label: `${city} — ${description}`,
    search: fold([city, zone.replaceAll('_', ' '), name, long, offset].join(' ')),
  };
  if (cache.size > 5000) cache.clear();
  cache.set(key, choice);
  return choice;
}
