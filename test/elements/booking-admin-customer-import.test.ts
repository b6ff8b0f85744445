// Issue 19: customers from a CSV file, and duplicates merged, in the back office on the reference
// adapter. The parser first (what spreadsheets really write), then the screens: column guessing,
// the preview, a refused row naming its line with nothing imported, roles (R18) and axe.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { ReferenceAdapter } from '../../src/adapters/reference/reference-adapter.js';
import {
  CsvError,
  guessColumns,
  looksLikeHeader,
  parseCsv,
  planImport,
} from '../../src/elements/booking-admin-customers/customer-csv.js';
import { deepQuery, mountAdmin, text, type AdminPanel } from '../helpers/booking-admin.page.js';
import { loadContoso } from '../helpers/fixtures.js';

const NOW = Date.parse('2026-11-30T07:00:00Z');

describe('customer CSV', () => {
  it('reads what spreadsheets write: BOM, semicolons, quoted cells with line breaks and quotes, CRLF', () => {
    const table = parseCsv(
      '\uFEFFNavn;E-mail;Noter\r\n"Hansen; Mette";mette@example.com;"Says ""hi""\r\nevery time"\r\n\r\nOle;ole@example.com;\r\n',
    );
    expect(table.delimiter).to.equal(';');
    expect(table.rows).to.deep.equal([
      ['Navn', 'E-mail', 'Noter'],
      ['Hansen; Mette', 'mette@example.com', 'Says "hi"\nevery time'],
      ['Ole', 'ole@example.com', ''],
    ]);
    expect(table.lines).to.deep.equal([1, 2, 5]);
    expect(parseCsv('a\tb\n1\t2').delimiter).to.equal('\t');
    expect(parseCsv('name,email\nA,a@x.dk').rows[1]).to.deep.equal(['A', 'a@x.dk']);
  });

  it('names a quote that never closes, and an empty file', () => {
    expect(() => parseCsv('name\n"Eva\nAnna'))
      .to.throw(CsvError)
      .with.property('line', 2);
    expect(() => parseCsv('\n\n'))
      .to.throw(CsvError)
      .with.property('kind', 'empty');
  });

  it('guesses columns in six languages, one column per field', () => {
    expect(guessColumns(['Vorname', 'Nachname', 'E-Mail-Adresse', 'Telefonnummer', 'Bemerkungen'])).to.deep.equal([
      'firstName',
      'lastName',
      'emailAddress',
      'phone',
      'notes',
    ]);
    expect(guessColumns(['Imię i nazwisko', 'Téléphone', 'Courriel', 'Naam', 'Whatever'])).to.deep.equal([
      'name',
      'phone',
      'emailAddress',
      'skip',
      'skip',
    ]);
    expect(looksLikeHeader(['Navn', 'Mail'])).to.equal(true);
    expect(looksLikeHeader(['Eva', 'eva@example.com'])).to.equal(false);
  });

  it('joins first and last names, leaves empty cells out, and names rows without a name by line', () => {
    const table = parseCsv('First name,Last name,Phone\nEva,Berg,+45 11 22 33 44\n,,+45 99\nOle,,\n');
    const plan = planImport(table, guessColumns(table.rows[0]), true);
    expect(plan.customers).to.deep.equal([
      { name: 'Eva Berg', phone: '+45 11 22 33 44' },
      { name: '', phone: '+45 99' },
      { name: 'Ole' },
    ]);
    expect(plan.problems).to.deep.equal([{ kind: 'noName', row: 2, line: 3 }]);
    expect(planImport(table, ['skip', 'skip', 'phone'], true).problems).to.deep.equal([{ kind: 'noNameColumn' }]);
  });
});

async function setUp(staffMember = 'anna', before?: (adapter: ReferenceAdapter) => Promise<unknown>) {
  const adapter = new ReferenceAdapter({ config: await loadContoso(), storage: 'memory', now: () => NOW });
  await adapter.asStaff('anna').createAppointment({
    start: '2026-12-01T08:00:00Z',
    customer: { name: 'Mette Hansen', emailAddress: 'mette@example.com', timeZone: 'Europe/Copenhagen' },
    // Carl's own appointment: a team member sees its customer (R18).
    ...(staffMember === 'carl'
      ? {
          serviceId: 'video-consultation',
          staffMemberId: 'carl',
          answers: [{ questionId: 'health-notes', answer: 'Jaw pain' }],
        }
      : { serviceId: 'cleaning', staffMemberId: 'dora', answers: [{ questionId: 'first-visit', answer: 'No' }] }),
  });
  await before?.(adapter);
  const { page } = await mountAdmin({ config: null, adapter, staffMember, now: NOW });
  const panel = await page.open('customers');
  return { adapter, panel };
}

async function chooseFile(panel: AdminPanel, name: string, content: string): Promise<void> {
  const input = panel.field('import-file');
  const files = new DataTransfer();
  files.items.add(new File([content], name, { type: 'text/csv' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await panel.waitFor(
    () => !!deepQuery(panel.root, '.columns') || panel.errorOf('import-file') !== '',
    'the file is read',
  );
  await panel.el.updateComplete;
}

const names = (panel: AdminPanel) => [...panel.root.querySelectorAll('.name-button')].map((b) => text(b));
const columnChoices = (panel: AdminPanel) =>
  [...panel.root.querySelectorAll<HTMLSelectElement>('.columns select')].map((s) => s.value);

describe('<booking-admin-customers> import from CSV', () => {
  it('guesses the columns, previews the rows, imports them and fills an existing customer’s gaps', async () => {
    const { adapter, panel } = await setUp();
    await panel.click('Import from CSV…');
    await panel.waitFor(() => panel.root.activeElement?.id === 'import-file', 'focus moves to the file input');
    await chooseFile(
      panel,
      'kunder.csv',
      'Navn;E-mail;Telefon;Noter;Kundenummer\n' +
        'Mette Hansen;mette@example.com;+45 20 30 40 50;;17\n' +
        'Ole Berg;ole@example.com;;"Allergic to latex";18\n' +
        'Ida Holm;;+45 60 70 80 90;;19\n',
    );
    expect(text(panel.root.querySelector('.import .count'))).to.equal('kunder.csv: 3 customers.');
    expect(columnChoices(panel)).to.deep.equal(['name', 'emailAddress', 'phone', 'notes', 'skip']);
    expect(text(panel.root.querySelector('.preview caption'))).to.equal('The first 3 of 3, as they will be imported');
    await expect(panel.el).to.be.accessible();

    await panel.click('Import 3 customers');
    await panel.waitForAnnouncement(/Imported: 2 new, 1 updated/);
    await panel.settle();
    expect(text(panel.root.querySelector('.import-result'))).to.contain(
      'Imported: 2 new, 1 updated (empty fields filled), 0 already up to date.',
    );
    expect(names(panel)).to.deep.equal(['Ida Holm', 'Mette Hansen', 'Ole Berg']);
    const list = await adapter.asStaff('anna').listCustomers({});
    expect(list.find((c) => c.name === 'Mette Hansen')?.phone).to.equal('+45 20 30 40 50');
    expect(list.find((c) => c.name === 'Ole Berg')?.notes).to.equal('Allergic to latex');
    expect(list.find((c) => c.name === 'Ida Holm')?.timeZone).to.equal('Europe/Copenhagen');
  });

  it('a row the rules refuse names its line and field, and nothing is imported', async () => {
    const { adapter, panel } = await setUp();
    await panel.click('Import from CSV…');
    await chooseFile(panel, 'list.csv', 'name,email\nEva Berg,eva@example.com\n\nOle Berg,not-an-email\n');
    await panel.click('Import 2 customers');
    await panel.waitFor(() => panel.error.includes('Line 4, E-mail:'), 'the refused line');
    expect(panel.error).to.match(/^Fix these in the file or the column choices, then import: Line 4, E-mail: /);
    expect((await adapter.asStaff('anna').listCustomers({})).map((c) => c.name)).to.deep.equal(['Mette Hansen']);
    await expect(panel.el).to.be.accessible();
  });

  it('without a name column it says which column to choose, and the choice mends it', async () => {
    const { panel } = await setUp();
    await panel.click('Import from CSV…');
    await chooseFile(panel, 'list.csv', 'Who,Mail\nEva Berg,eva@example.com\n');
    expect(columnChoices(panel)).to.deep.equal(['skip', 'emailAddress']);
    expect(panel.error).to.contain('Choose the column that holds the name');
    expect(panel.button('Import 1 customer').disabled).to.equal(true);
    await panel.set('import-col-0', 'name');
    expect(panel.error).to.equal('');
    expect(panel.button('Import 1 customer').disabled).to.equal(false);
  });

  it('says when a file is not CSV it can read', async () => {
    const { panel } = await setUp();
    await panel.click('Import from CSV…');
    await chooseFile(panel, 'broken.csv', 'name\n"Eva Berg\n');
    expect(panel.errorOf('import-file')).to.equal('A quoted cell starting on line 2 is never closed.');
    expect(panel.field('import-file').getAttribute('aria-invalid')).to.equal('true');
  });

  it('is not offered to team members (R18)', async () => {
    const { panel } = await setUp('carl');
    expect(panel.hasButton('Import from CSV…')).to.equal(false);
  });
});

async function openRecord(panel: AdminPanel, name: string): Promise<AdminPanel> {
  const button = [...panel.root.querySelectorAll<HTMLButtonElement>('.name-button')].find((b) => text(b) === name);
  if (!button) throw new Error(`no customer ${name}`);
  button.click();
  await panel.el.updateComplete;
  let el: (HTMLElement & { updateComplete: Promise<boolean> }) | null = null;
  await waitUntil(() => (el = panel.root.querySelector('booking-admin-customer-record')) !== null, 'the record opens');
  const record = new (panel.constructor as new (e: typeof el) => AdminPanel)(el);
  await record.waitFor(
    () => !!record.root.querySelector('h3#record-heading') && !record.root.querySelector('[aria-busy="true"]'),
    'the record loads',
  );
  return record;
}

describe('<booking-admin-customer-record> duplicates', () => {
  it('finds a duplicate, asks once more, merges it in and logs it', async () => {
    const { adapter, panel } = await setUp('anna', (a) =>
      a.asStaff('anna').createCustomer({
        customer: { name: 'M. Hansen', phone: '+45 20 30 40 50', notes: 'Called about parking.' },
      }),
    );
    const record = await openRecord(panel, 'Mette Hansen');
    await record.click('Merge a duplicate into this record…');
    await record.waitFor(() => record.has('#merge-search'), 'the merge panel');
    // The name is the first guess; nobody else is called exactly that.
    await record.waitFor(() => text(record.root.querySelector('.merge [role="status"]')) !== 'Loading…', 'searched');
    expect(text(record.root.querySelector('.merge [role="status"]'))).to.equal('No other customer matches.');
    await record.set('merge-search', 'Hansen');
    await record.waitFor(() => record.root.querySelectorAll('.merge-results li').length === 1, 'the candidate');
    expect(text(record.root.querySelector('.merge-results li'))).to.equal('M. Hansen +45 20 30 40 50 · 0 bookings');
    expect(record.button('Merge into Mette Hansen…').disabled).to.equal(true);
    record.root.querySelector<HTMLInputElement>('.merge-results input')!.click();
    await record.el.updateComplete;
    await expect(record.el).to.be.accessible();
    await record.click('Merge 1 record into Mette Hansen…');
    expect(text(record.root.querySelector('.merge .notice.warning p'))).to.equal(
      'Merge M. Hansen into Mette Hansen? This cannot be undone.',
    );
    await record.click('Merge for good');
    await record.waitForAnnouncement(/1 record merged into Mette Hansen\./);
    await record.waitFor(() => record.field('phone').value === '+45 20 30 40 50', 'the phone filled in');
    expect(record.field<HTMLTextAreaElement>('notes').value).to.equal('Called about parking.');
    const all = await adapter.asStaff('anna').listCustomers({});
    expect(all.map((c) => c.name)).to.deep.equal(['Mette Hansen']);
    await record.waitFor(() => text(record.root.querySelector('.log')).includes('Duplicates merged in'), 'logged');
  });

  it('is not offered to team members (R18)', async () => {
    const { panel } = await setUp('carl');
    await panel.settle();
    const record = await openRecord(panel, 'Mette Hansen');
    expect(record.hasButton('Merge a duplicate into this record…')).to.equal(false);
  });
});
