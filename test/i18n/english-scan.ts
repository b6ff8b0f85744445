/**
 * Finds English left on a rendered element: every text node and every spoken attribute through all
 * shadow roots, compared with the phrases of an English catalogue. A phrase counts only when the
 * target catalogue does not say the same words itself ("Online" or "Book" may be correct in another
 * language), and text from the business configuration or typed by the customer is removed first.
 */

const SPOKEN_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
];
const MARK = /\u27e6\d+\u27e7/g;

/** Every string a user can see or hear in `root`, through open shadow roots. */
export function renderedTexts(root: Node): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement?.localName;
      if (parent !== 'style' && parent !== 'script') out.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element) {
      for (const name of SPOKEN_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value) out.push(value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return out.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** What a catalogue prints: its strings, and each function's output for text markers and for counts. */
function outputs(catalogue: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(catalogue)) {
    if (key === 'lang') continue;
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      const markers = Array.from({ length: fn.length }, (_, i) => `\u27e6${i}\u27e7`);
      for (const args of [
        markers,
        markers.map(() => 1),
        markers.map(() => 2),
        markers.map(() => 5),
        markers.map(() => 90),
      ]) {
        const text = fn(...args);
        if (typeof text === 'string') out.push(text);
      }
    }
  }
  return out;
}

/** The English phrases a translation must not show: each string, and each function's fixed wording between its arguments. */
export function englishPhrases(en: object, target: object): string[] {
  const own = outputs(target as Record<string, unknown>).join('\n');
  const phrases = new Set<string>();
  for (const text of outputs(en as Record<string, unknown>)) {
    for (const part of text.split(MARK).flatMap((p) => p.split(/\d+/))) {
      const phrase = part.replace(/^[\s,.:;·()–—-]+|[\s,.:;·()–—-]+$/g, '');
      if ((phrase.match(/\p{L}/gu) ?? []).length < 4) continue;
      if (own.includes(phrase)) continue;
      phrases.add(phrase);
    }
  }
  return [...phrases];
}

/**
 * Every string in a JSON-like value (the business configuration), longest first, and every IANA
 * zone name (zone lists show "America/Mexico City": data, not English).
 */
export function stringsOf(value: unknown): string[] {
  const out = new Set<string>();
  for (const zone of Intl.supportedValuesOf('timeZone')) out.add(zone.replaceAll('_', ' '));
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.length > 2) out.add(v);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(value);
  return [...out].sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rendered strings that still contain an English phrase, once configuration and customer text is taken out. */
export function untranslated(root: Node, phrases: readonly string[], foreign: readonly string[]): string[] {
  const patterns = phrases.map((p) => ({ p, re: new RegExp(`(?<!\\p{L})${escape(p)}(?!\\p{L})`, 'u') }));
  const found = new Set<string>();
  const words = foreign.map((f) => new RegExp(`(?<!\\p{L})${escape(f)}(?!\\p{L})`, 'gu'));
  for (let text of renderedTexts(root)) {
    for (const [i, f] of foreign.entries()) if (text.includes(f)) text = text.replace(words[i], ' ');
    // Links and query strings (a manage link's "?appointment-id=…") are addresses, not prose.
    text = text.replace(/\S*[?=&/]\S*/g, ' ');
    for (const { p, re } of patterns) if (re.test(text)) found.add(`"${p}" in "${text}"`);
  }
  return [...found];
}
