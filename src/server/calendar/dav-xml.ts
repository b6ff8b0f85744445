/**
 * Just enough XML for WebDAV/CalDAV answers (RFC 4918 multistatus, RFC 4791): elements with their
 * namespaces resolved (servers write `d:href`, `D:href` or a default namespace alike), text with
 * the five entities and character references decoded, CDATA kept, comments, processing
 * instructions and the prolog skipped. No DTDs (refused: no entity expansion).
 */

export interface XmlElement {
  /** Namespace URI (`DAV:`, `urn:ietf:params:xml:ns:caldav`, …); '' when none. */
  ns: string;
  /** Local name, without prefix. */
  name: string;
  children: XmlElement[];
  /** Attributes other than namespace declarations, by their qualified name (`name`, `c:name`). */
  attrs: Record<string, string>;
  /** The element's own text (CDATA included), entities decoded. */
  text: string;
}

export const DAV = 'DAV:';
export const CALDAV = 'urn:ietf:params:xml:ns:caldav';
export const CALSERVER = 'http://calendarserver.org/ns/';
export const ICAL_NS = 'http://apple.com/ns/ical/';

export class XmlError extends Error {
  override readonly name = 'XmlError';
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, ref: string) => {
    const r = ref.toLowerCase();
    if (r === 'lt') return '<';
    if (r === 'gt') return '>';
    if (r === 'amp') return '&';
    if (r === 'quot') return '"';
    if (r === 'apos') return "'";
    const code = r.startsWith('#x') ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/;

/** Parses one XML document; throws `XmlError` when it is not well-formed enough to read. */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  const n = xml.length;
  const stack: { el: XmlElement; prefix: string; scope: Map<string, string> }[] = [];
  let root: XmlElement | undefined;
  const top = () => stack[stack.length - 1];

  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const t = top();
      if (t) t.el.text += decode(xml.slice(i, textEnd));
      else if (xml.slice(i, textEnd).trim()) throw new XmlError('text outside the root element');
    }
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) throw new XmlError('unterminated processing instruction');
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end < 0) throw new XmlError('unterminated comment');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i);
      if (end < 0) throw new XmlError('unterminated CDATA section');
      const t = top();
      if (t) t.el.text += xml.slice(i + 9, end);
      i = end + 3;
    } else if (xml.startsWith('<!', i)) {
      throw new XmlError('document type declarations are not accepted');
    } else if (xml.startsWith('</', i)) {
      const end = xml.indexOf('>', i);
      if (end < 0) throw new XmlError('unterminated end tag');
      const qname = xml.slice(i + 2, end).trim();
      const t = stack.pop();
      if (!t) throw new XmlError(`unexpected end tag </${qname}>`);
      const local = qname.includes(':') ? qname.slice(qname.indexOf(':') + 1) : qname;
      if (local !== t.el.name) throw new XmlError(`</${qname}> does not close <${t.el.name}>`);
      i = end + 1;
    } else {
      // A start tag: name, attributes (quoted values may hold '>'), maybe self-closing.
      const m = NAME.exec(xml.slice(i + 1, i + 256));
      if (!m) throw new XmlError('malformed start tag');
      const qname = m[0];
      let j = i + 1 + qname.length;
      const attrs = new Map<string, string>();
      for (;;) {
        while (j < n && /\s/.test(xml[j])) j++;
        if (xml[j] === '>' || xml.startsWith('/>', j)) break;
        const a = NAME.exec(xml.slice(j, j + 256));
        if (!a) throw new XmlError(`malformed attribute in <${qname}>`);
        j += a[0].length;
        while (j < n && /\s/.test(xml[j])) j++;
        if (xml[j] !== '=') throw new XmlError(`attribute ${a[0]} has no value`);
        j++;
        while (j < n && /\s/.test(xml[j])) j++;
        const quote = xml[j];
        if (quote !== '"' && quote !== "'") throw new XmlError(`attribute ${a[0]} is not quoted`);
        const close = xml.indexOf(quote, j + 1);
        if (close < 0) throw new XmlError('unterminated attribute value');
        attrs.set(a[0], decode(xml.slice(j + 1, close)));
        j = close + 1;
      }
      const selfClosing = xml.startsWith('/>', j);
      i = j + (selfClosing ? 2 : 1);
      const scope = new Map(top()?.scope ?? []);
      for (const [k, v] of attrs) {
        if (k === 'xmlns') scope.set('', v);
        else if (k.startsWith('xmlns:')) scope.set(k.slice(6), v);
      }
      const colon = qname.indexOf(':');
      const prefix = colon >= 0 ? qname.slice(0, colon) : '';
      const name = colon >= 0 ? qname.slice(colon + 1) : qname;
      const ns = scope.get(prefix);
      if (ns === undefined && prefix !== '') throw new XmlError(`undeclared namespace prefix ${prefix}:`);
      const own: Record<string, string> = {};
      for (const [k, v] of attrs) if (k !== 'xmlns' && !k.startsWith('xmlns:')) own[k] = v;
      const el: XmlElement = { ns: ns ?? '', name, children: [], attrs: own, text: '' };
      const parent = top();
      if (parent) parent.el.children.push(el);
      else if (root) throw new XmlError('more than one root element');
      else root = el;
      if (!selfClosing) stack.push({ el, prefix, scope });
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1].el.name}> is not closed`);
  if (!root) throw new XmlError('no root element');
  return root;
}

/** Direct children named `ns`:`name`. */
export function children(el: XmlElement | undefined, ns: string, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.ns === ns && c.name === name) : [];
}

export function child(el: XmlElement | undefined, ns: string, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.ns === ns && c.name === name);
}

/** Every descendant named `ns`:`name`, in document order. */
export function descendants(el: XmlElement | undefined, ns: string, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.ns === ns && c.name === name) out.push(c);
      walk(c);
    }
  };
  if (el) walk(el);
  return out;
}

/** One `<response>` of a multistatus: its href and the properties answered with 200. */
export interface DavResponse {
  href: string;
  props: XmlElement[];
}

/** The responses of a 207 Multi-Status body, with only the properties found (200 propstats). */
export function multistatus(xml: string): DavResponse[] {
  const root = parseXml(xml);
  if (root.ns !== DAV || root.name !== 'multistatus') throw new XmlError('the answer is not a WebDAV multistatus');
  return children(root, DAV, 'response').map((r) => {
    const href = decodeURIComponentSafe(child(r, DAV, 'href')?.text.trim() ?? '');
    const props: XmlElement[] = [];
    for (const ps of children(r, DAV, 'propstat')) {
      const status = child(ps, DAV, 'status')?.text ?? '';
      if (!/\s2\d\d\s?/.test(` ${status} `)) continue;
      for (const p of children(ps, DAV, 'prop')) props.push(...p.children);
    }
    return { href, props };
  });
}

function decodeURIComponentSafe(href: string): string {
  try {
    return encodeURI(decodeURI(href));
  } catch {
    return href;
  }
}
