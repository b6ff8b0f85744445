/**
 * Renders one e-mail as its two parts, plain text and HTML, from the same pieces: the business's
 * (or the default) wording around a generated details block, the actions (manage, add to
 * calendar) and the business's contact details.
 *
 * The HTML is meant to be read by everyone in every mail client: one column, semantic
 * (`<main>`, headings, a data table of the details with row headers, a footer), `lang` and `dir`
 * on `<html>`, inline styles with contrast above WCAG AA in light and dark mode (`color-scheme`
 * and a `prefers-color-scheme` block for the clients that honour it), no images and nothing
 * remote (no fonts, stylesheets or tracking pixels), so it reads the same with images off.
 * Every piece of text is escaped here, whoever wrote it: the business (its name, templates,
 * messages), the customer (their name) or us. Links are only ever `https:`, `http:`, `mailto:`
 * or `tel:`; anything else is shown as text.
 */

export interface EmailRow {
  label: string;
  value: string;
  /** Makes the value a link (only web, mail and phone links are kept). */
  href?: string;
}

export interface EmailLink {
  label: string;
  href: string;
}

export interface EmailDocument {
  /** BCP 47 tag of the text. */
  lang: string;
  subject: string;
  businessName: string;
  /** The wording before the details block (plain text; blank lines separate paragraphs). */
  before: string;
  /** The wording after it. */
  after: string;
  detailsHeading: string;
  details: EmailRow[];
  /** The main button (view, reschedule or cancel). */
  action?: EmailLink;
  /**
   * A link for the text part only: a manage link that is no web address (the in-browser adapter's
   * `#appointment=…`, which its own pages open), never a link in the HTML.
   */
  textAction?: EmailLink;
  calendar?: { heading: string; links: EmailLink[]; note?: string };
  contact?: { heading: string; rows: EmailRow[] };
  /** The business's colour (`bookingPageColorCode`): a decorative bar only, never text, so contrast never depends on it. */
  accent?: string;
}

const RTL = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi', 'dv', 'ckb', 'sd', 'ug']);

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The URL when it is one a reader may follow from an e-mail; otherwise undefined. */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    return ['https:', 'http:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

// Light: #1f2328 on #ffffff is 15.8:1, links #0a58a8 on white 6.9:1, white on the #0a58a8 button 6.9:1,
// muted #4b5563 on white 7.6:1. Dark (below): #e8eaed on #1b1d21 and #9ecbff links, both above 10:1.
const C = {
  page: '#f3f4f6',
  card: '#ffffff',
  text: '#1f2328',
  muted: '#4b5563',
  link: '#0a58a8',
  rule: '#d0d7de',
};
const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

const DARK_CSS = `:root{color-scheme:light dark;supported-color-schemes:light dark}
@media (prefers-color-scheme: dark){
body,.page{background-color:#111315 !important;color:#e8eaed !important}
.card{background-color:#1b1d21 !important;color:#e8eaed !important;border-left-color:#3a3f45 !important;border-right-color:#3a3f45 !important;border-bottom-color:#3a3f45 !important}
.rule{border-top-color:#3a3f45 !important}
.muted,.details th{color:#c4c9d0 !important}
.details th,.details td{border-color:#3a3f45 !important}
a{color:#9ecbff !important}
a.button{background-color:#9ecbff !important;color:#0b1a2b !important;border-color:#9ecbff !important}
}`;

function linkHtml(href: string | undefined, text: string, style: string, cls?: string): string {
  const safe = safeHref(href);
  if (!safe) return escapeHtml(text);
  // A phone number never breaks across lines.
  const shown = safe.startsWith('tel:') ? text.replace(/ /g, '\u00a0').replace(/-/g, '\u2011') : text;
  return `<a href="${escapeHtml(safe)}"${cls ? ` class="${cls}"` : ''} style="${style}">${escapeHtml(shown)}</a>`;
}

function paragraphsHtml(text: string): string {
  return paragraphs(text)
    .map(
      (p) =>
        `<p style="margin:0 0 16px;font-size:16px;line-height:1.5">${p.split('\n').map(escapeHtml).join('<br>')}</p>`,
    )
    .join('\n');
}

const LINK = `color:${C.link};text-decoration:underline`;

/** The HTML part: a complete document. */
export function renderEmailHtml(d: EmailDocument): string {
  const primary = d.lang.split('-')[0]?.toLowerCase() ?? 'en';
  const dir = RTL.has(primary) ? 'rtl' : 'ltr';
  const start = dir === 'rtl' ? 'right' : 'left';
  const accent = d.accent && /^#[0-9a-f]{6}$/i.test(d.accent) ? d.accent : C.link;
  const rows = d.details
    .map(
      (r) =>
        `<tr><th scope="row" style="text-align:${start};vertical-align:top;padding:8px 16px 8px 0;border-top:1px solid ${C.rule};color:${C.muted};font-weight:600;white-space:nowrap">${escapeHtml(r.label)}</th>` +
        `<td style="padding:8px 0;border-top:1px solid ${C.rule};vertical-align:top">${r.href ? linkHtml(r.href, r.value, LINK) : escapeHtml(r.value).replace(/\n/g, '<br>')}</td></tr>`,
    )
    .join('\n');
  const action =
    d.action && safeHref(d.action.href)
      ? `<p style="margin:24px 0">${linkHtml(
          d.action.href,
          d.action.label,
          `display:inline-block;background-color:${C.link};color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:6px;border:2px solid ${C.link}`,
          'button',
        )}</p>`
      : '';
  const calendar = d.calendar
    ? `<h2 style="font-size:18px;margin:24px 0 8px">${escapeHtml(d.calendar.heading)}</h2>
<ul style="margin:0 0 8px;padding-${start}:20px;font-size:16px;line-height:1.8">
${d.calendar.links.map((l) => `<li>${linkHtml(l.href, l.label, LINK)}</li>`).join('\n')}
</ul>${d.calendar.note ? `\n<p class="muted" style="margin:0 0 16px;font-size:14px;color:${C.muted}">${escapeHtml(d.calendar.note)}</p>` : ''}`
    : '';
  const contact =
    d.contact && d.contact.rows.length > 0
      ? `<footer class="rule" style="margin-top:32px;padding-top:16px;border-top:1px solid ${C.rule}">
<h2 style="font-size:16px;margin:0 0 8px">${escapeHtml(d.contact.heading)}</h2>
<p class="muted" style="margin:0;font-size:14px;line-height:1.6;color:${C.muted}"><strong>${escapeHtml(d.businessName)}</strong>${d.contact.rows
          .map(
            (r) =>
              `<br>${r.label ? `${escapeHtml(r.label)}: ` : ''}${r.href ? linkHtml(r.href, r.value, LINK) : escapeHtml(r.value)}`,
          )
          .join('')}</p>
</footer>`
      : '';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(d.lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(d.subject)}</title>
<style>${DARK_CSS}</style>
</head>
<body class="page" style="margin:0;padding:0;background-color:${C.page};color:${C.text};${FONT}">
<main class="page" style="padding:24px 12px;background-color:${C.page}">
<div class="card" style="max-width:600px;margin:0 auto;background-color:${C.card};color:${C.text};border:1px solid ${C.rule};border-top:6px solid ${accent};border-radius:8px;padding:24px">
<p class="muted" style="margin:0 0 8px;font-size:14px;font-weight:600;color:${C.muted}">${escapeHtml(d.businessName)}</p>
<h1 style="font-size:22px;line-height:1.3;margin:0 0 16px">${escapeHtml(d.subject)}</h1>
${paragraphsHtml(d.before)}
${
  rows
    ? `<h2 style="font-size:18px;margin:24px 0 8px">${escapeHtml(d.detailsHeading)}</h2>
<table class="details" style="border-collapse:collapse;width:100%;font-size:16px;line-height:1.5">
<tbody>
${rows}
</tbody>
</table>`
    : ''
}
${action}
${calendar}
${paragraphsHtml(d.after)}
${contact}
</div>
</main>
</body>
</html>
`;
}

/** The plain-text part: the same content, in reading order, links written out. */
export function renderEmailText(d: EmailDocument): string {
  const out: string[] = [];
  const push = (block: string) => {
    if (block.trim()) out.push(block.trim());
  };
  push(paragraphs(d.before).join('\n\n'));
  push(
    d.details
      .map((r) => {
        const value = r.href && safeHref(r.href) && r.href !== r.value ? `${r.value} <${r.href}>` : r.value;
        return `${r.label}: ${value.replace(/\n/g, ', ')}`;
      })
      .join('\n'),
  );
  if (d.action && safeHref(d.action.href)) push(`${d.action.label}:\n${d.action.href}`);
  else if (d.textAction) push(`${d.textAction.label}:\n${d.textAction.href}`);
  if (d.calendar) {
    push(
      [
        `${d.calendar.heading}:`,
        ...d.calendar.links.map((l) => `- ${l.label}: ${l.href}`),
        ...(d.calendar.note ? [d.calendar.note] : []),
      ].join('\n'),
    );
  }
  push(paragraphs(d.after).join('\n\n'));
  if (d.contact && d.contact.rows.length > 0) {
    push(['--', d.businessName, ...d.contact.rows.map((r) => `${r.label ? `${r.label}: ` : ''}${r.value}`)].join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}
