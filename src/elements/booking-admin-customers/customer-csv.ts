/**
 * Customers from a spreadsheet saved as CSV (issue 19): the back office reads the file, the person
 * checks which column holds what, and `importCustomers` writes them all or none. RFC 4180 with what
 * spreadsheets really write: a byte-order mark, `;` (Excel in most of Europe) or tab instead of `,`,
 * quoted cells with line breaks and doubled quotes, CRLF, LF or CR line ends. No DOM here.
 */
import type { NewCustomer } from '../../schemas/admin.js';

/** What a column may hold; `skip`: not imported. */
export type CustomerColumn =
  'name' | 'firstName' | 'lastName' | 'emailAddress' | 'phone' | 'timeZone' | 'languageTag' | 'notes' | 'skip';

export const CUSTOMER_COLUMNS: readonly CustomerColumn[] = [
  'name',
  'firstName',
  'lastName',
  'emailAddress',
  'phone',
  'timeZone',
  'languageTag',
  'notes',
  'skip',
];

/** At most this many customers in one import (the contract's limit). */
export const MAX_IMPORT_ROWS = 2000;
/** Files larger than this are refused before they are read (2,000 rows fit in far less). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface CsvTable {
  /** The cells, row by row; blank lines left out. */
  rows: string[][];
  /** The line of the file each row starts on (1-based), for messages. */
  lines: number[];
  delimiter: ',' | ';' | '\t';
}

export class CsvError extends Error {
  constructor(
    readonly kind: 'unclosedQuote' | 'empty',
    readonly line: number,
  ) {
    super(kind === 'empty' ? 'the file holds no rows' : `a quoted cell starting on line ${line} is never closed`);
    this.name = 'CsvError';
  }
}

/** The delimiter of the first line: whichever of `,` `;` tab occurs most outside quotes (`,` on a tie). */
function detectDelimiter(text: string): CsvTable['delimiter'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

export function parseCsv(input: string): CsvTable {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const endRow = () => {
    row.push(cell);
    cell = '';
    if (row.some((c) => c.trim() !== '')) {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        // A line break inside a cell is kept as \n, whatever the file used.
        if (ch === '\r') cell += text[i + 1] === '\n' ? '' : '\n';
        else cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) throw new CsvError('unclosedQuote', quoteLine);
  if (cell !== '' || row.length > 0) endRow();
  if (rows.length === 0) throw new CsvError('empty', 1);
  return { rows, lines, delimiter };
}

/** Lower case, no accents, letters and digits only: "E-Mail-Adresse" → "emailadresse". */
function normalize(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/[^a-z0-9]/g, '');
}

/** Column names as people write them, in the six languages of the back office. */
const HEADERS: Record<Exclude<CustomerColumn, 'skip'>, readonly string[]> = {
  name: [
    'name',
    'fullname',
    'customer',
    'customername',
    'client',
    'clientname',
    'contact',
    'contactname',
    'navn',
    'fuldtnavn',
    'kunde',
    'kundenavn',
    'vollstandigername',
    'kundenname',
    'nom',
    'nomcomplet',
    'naam',
    'volledigenaam',
    'klant',
    'klantnaam',
    'imieinazwisko',
    'nazwa',
    'klient',
    'nazwaklienta',
  ],
  firstName: ['firstname', 'givenname', 'forename', 'fornavn', 'vorname', 'prenom', 'voornaam', 'imie'],
  lastName: [
    'lastname',
    'surname',
    'familyname',
    'efternavn',
    'nachname',
    'familienname',
    'nomdefamille',
    'achternaam',
    'nazwisko',
  ],
  emailAddress: [
    'email',
    'emailaddress',
    'mail',
    'emailadresse',
    'mailadresse',
    'courriel',
    'adresseemail',
    'adressecourriel',
    'emailadres',
    'adresemail',
    'adresemailowy',
  ],
  phone: [
    'phone',
    'phonenumber',
    'telephone',
    'tel',
    'mobile',
    'mobilephone',
    'cell',
    'cellphone',
    'telefon',
    'telefonnummer',
    'tlf',
    'tlfnr',
    'mobil',
    'mobilnummer',
    'handy',
    'numerodetelephone',
    'portable',
    'telefoon',
    'telefoonnummer',
    'mobiel',
    'numertelefonu',
    'komorka',
    'telefonkomorkowy',
  ],
  timeZone: ['timezone', 'tz', 'zone', 'tidszone', 'zeitzone', 'fuseauhoraire', 'tijdzone', 'strefaczasowa'],
  languageTag: ['language', 'languagetag', 'locale', 'lang', 'sprog', 'sprache', 'langue', 'taal', 'jezyk'],
  notes: [
    'notes',
    'note',
    'comment',
    'comments',
    'remarks',
    'noter',
    'bemaerkninger',
    'kommentar',
    'notizen',
    'notiz',
    'bemerkungen',
    'anmerkungen',
    'remarques',
    'commentaire',
    'commentaires',
    'notities',
    'opmerkingen',
    'uwagi',
    'notatki',
    'komentarz',
  ],
};

const BY_HEADER = new Map<string, CustomerColumn>(
  Object.entries(HEADERS).flatMap(([column, names]) => names.map((n) => [n, column as CustomerColumn])),
);

/** What each header names (`skip` when unknown), each field taken by its first column only. */
export function guessColumns(headers: readonly string[]): CustomerColumn[] {
  const taken = new Set<CustomerColumn>();
  return headers.map((h) => {
    const column = BY_HEADER.get(normalize(h)) ?? 'skip';
    if (column === 'skip' || taken.has(column)) return 'skip';
    taken.add(column);
    return column;
  });
}

/** Whether the first row names columns: at least one cell is a known column name and none is an e-mail address. */
export function looksLikeHeader(first: readonly string[]): boolean {
  return first.some((h) => BY_HEADER.has(normalize(h))) && !first.some((h) => h.includes('@'));
}

export type RowProblem =
  { kind: 'noName'; row: number; line: number } | { kind: 'tooMany'; count: number } | { kind: 'noNameColumn' };

export interface ImportPlan {
  customers: NewCustomer[];
  /** The line of the file each customer came from. */
  lines: number[];
  problems: RowProblem[];
}

/**
 * The customers the rows describe under `columns`: cells trimmed, first and last name joined when
 * there is no name column, empty cells left out (the record keeps what it has). The contract
 * checks the rest (e-mail, phone, zones, control characters) and names the row of each problem.
 */
export function planImport(table: CsvTable, columns: readonly CustomerColumn[], hasHeader: boolean): ImportPlan {
  const start = hasHeader ? 1 : 0;
  const problems: RowProblem[] = [];
  if (!columns.includes('name') && !columns.includes('firstName') && !columns.includes('lastName')) {
    problems.push({ kind: 'noNameColumn' });
  }
  const customers: NewCustomer[] = [];
  const lines: number[] = [];
  for (let r = start; r < table.rows.length; r++) {
    const cells = table.rows[r];
    const value = (column: CustomerColumn) => {
      const i = columns.indexOf(column);
      return i < 0 ? '' : (cells[i] ?? '').trim();
    };
    const name = value('name') || [value('firstName'), value('lastName')].filter(Boolean).join(' ');
    const line = table.lines[r];
    if (!name && problems[0]?.kind !== 'noNameColumn')
      problems.push({ kind: 'noName', row: customers.length + 1, line });
    const customer: NewCustomer = { name };
    for (const field of ['emailAddress', 'phone', 'timeZone', 'languageTag', 'notes'] as const) {
      const v = value(field);
      if (v) customer[field] = v;
    }
    customers.push(customer);
    lines.push(line);
  }
  if (customers.length > MAX_IMPORT_ROWS) problems.push({ kind: 'tooMany', count: customers.length });
  return { customers, lines, problems };
}
