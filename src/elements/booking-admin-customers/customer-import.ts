/**
 * The customer list's "Import from CSV": choose a file, check which column holds what (guessed
 * from the column names, in six languages), see the first rows and every problem with its line,
 * then import all rows at once with `importCustomers` (all or nothing: a row the contract refuses
 * names its line and imports nothing). Customers already on file (same e-mail or phone) are not
 * duplicated; their empty fields are filled.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { BookingError } from '../../contract/errors.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import type { ImportCustomersResult } from '../../schemas/admin.js';
import { issueText } from '../booking-admin/admin-format.js';
import {
  CsvError,
  CUSTOMER_COLUMNS,
  guessColumns,
  looksLikeHeader,
  MAX_FILE_BYTES,
  parseCsv,
  planImport,
  type CsvTable,
  type CustomerColumn,
  type ImportPlan,
} from './customer-csv.js';

export interface ImportOptions {
  messages: () => AdminMessages;
  /** Imports the customers; rejects with the adapter's error. */
  importCustomers: (plan: ImportPlan) => Promise<ImportCustomersResult>;
  onImported: (result: ImportCustomersResult) => void;
  renderError: (error: unknown) => unknown;
}

interface Loaded {
  fileName: string;
  table: CsvTable;
  columns: CustomerColumn[];
  hasHeader: boolean;
}

const PREVIEW_ROWS = 5;

export class CustomerImport implements ReactiveController {
  open = false;
  private loaded: Loaded | undefined;
  /** A problem with the file itself (unreadable, too big, not CSV). */
  private fileProblem = '';
  /** What the contract refused, by line. */
  private refused: string[] = [];
  private failure: unknown;
  private working = false;
  result: ImportCustomersResult | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ImportOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  toggle(): void {
    this.open = !this.open;
    this.reset();
    this.host.requestUpdate();
  }

  private reset(): void {
    this.loaded = undefined;
    this.fileProblem = '';
    this.refused = [];
    this.failure = undefined;
    this.result = undefined;
  }

  private readonly handleFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    this.reset();
    if (!file) return this.host.requestUpdate();
    const m = this.options.messages().customerImport;
    if (file.size > MAX_FILE_BYTES) {
      this.fileProblem = m.tooBig;
      return this.host.requestUpdate();
    }
    try {
      const table = parseCsv(await file.text());
      const hasHeader = looksLikeHeader(table.rows[0]);
      const width = Math.max(...table.rows.map((r) => r.length));
      const columns = hasHeader
        ? [...guessColumns(table.rows[0]), ...Array<CustomerColumn>(width).fill('skip')].slice(0, width)
        : Array<CustomerColumn>(width).fill('skip');
      // Without names on the columns, the first one is most often the name.
      if (!hasHeader) columns[0] = 'name';
      this.loaded = { fileName: file.name, table, columns, hasHeader };
    } catch (error) {
      this.fileProblem =
        error instanceof CsvError ? (error.kind === 'empty' ? m.emptyFile : m.unclosedQuote(error.line)) : m.unreadable;
    }
    this.host.requestUpdate();
  };

  private readonly handleColumn = (e: Event) => {
    const select = e.target as HTMLSelectElement;
    const loaded = this.loaded;
    if (!loaded) return;
    const index = Number(select.dataset.index);
    const value = select.value as CustomerColumn;
    // One column per field: choosing a field elsewhere frees it here.
    const columns = loaded.columns.map((c, i) => (i === index ? value : c === value && value !== 'skip' ? 'skip' : c));
    this.loaded = { ...loaded, columns };
    this.refused = [];
    this.host.requestUpdate();
  };

  private readonly handleHeader = (e: Event) => {
    if (!this.loaded) return;
    this.loaded = { ...this.loaded, hasHeader: (e.target as HTMLInputElement).checked };
    this.refused = [];
    this.host.requestUpdate();
  };

  private readonly handleImport = async (e: Event) => {
    e.preventDefault();
    const loaded = this.loaded;
    if (!loaded || this.working) return;
    const plan = planImport(loaded.table, loaded.columns, loaded.hasHeader);
    if (plan.problems.length > 0 || plan.customers.length === 0) return;
    this.working = true;
    this.failure = undefined;
    this.refused = [];
    this.host.requestUpdate();
    try {
      this.result = await this.options.importCustomers(plan);
      this.loaded = undefined;
      this.options.onImported(this.result);
    } catch (error) {
      if (error instanceof BookingError && error.code === 'invalid-input' && error.issues.length > 0) {
        this.refused = this.refusedLines(error, plan);
      } else this.failure = error;
    } finally {
      this.working = false;
      this.host.requestUpdate();
    }
  };

  /** The contract's issues (`customers[3].emailAddress`) as lines of the file. */
  private refusedLines(error: BookingError, plan: ImportPlan): string[] {
    const m = this.options.messages();
    return error.issues.map((issue) => {
      const match = /^customers\[(\d+)\]\.?(\w*)/.exec(issue.path);
      const text = issueText(issue.message, m);
      if (!match) return text;
      const line = plan.lines[Number(match[1])] ?? 0;
      const field = match[2] as CustomerColumn | '';
      return m.customerImport.lineProblem(line, field ? m.customerImport.columns[field] : '', text);
    });
  }

  render() {
    if (!this.open) return this.result ? this.renderResult() : nothing;
    const m = this.options.messages().customerImport;
    const loaded = this.loaded;
    return html`<form class="import card" novalidate aria-labelledby="import-heading" @submit=${this.handleImport}>
      <h3 id="import-heading">${m.heading}</h3>
      <p class="intro">${m.intro}</p>
      <div class="field">
        <label for="import-file">${m.file}</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          aria-describedby="import-file-hint${this.fileProblem ? ' import-file-error' : ''}"
          aria-invalid=${this.fileProblem ? 'true' : 'false'}
          @change=${this.handleFile}
        />
        <p class="hint" id="import-file-hint">${m.fileHint}</p>
        ${this.fileProblem ? html`<p class="error-text" id="import-file-error">${this.fileProblem}</p>` : nothing}
      </div>
      ${loaded ? this.renderLoaded(loaded) : nothing}
      <div class="actions">
        ${
          loaded
            ? html`<button class="button primary" type="submit" ?disabled=${this.working || !this.importable(loaded)}>
                ${this.working ? m.importing : m.importRows(this.plan(loaded).customers.length)}
              </button>`
            : nothing
        }
        <button class="button" type="button" @click=${() => this.toggle()}>${this.options.messages().cancel}</button>
      </div>
    </form>`;
  }

  private plan(loaded: Loaded): ImportPlan {
    return planImport(loaded.table, loaded.columns, loaded.hasHeader);
  }

  private importable(loaded: Loaded): boolean {
    const plan = this.plan(loaded);
    return plan.problems.length === 0 && plan.customers.length > 0;
  }

  private renderLoaded(loaded: Loaded) {
    const m = this.options.messages().customerImport;
    const plan = this.plan(loaded);
    const first = loaded.table.rows[0];
    const problems = plan.problems.map((p) =>
      p.kind === 'noNameColumn' ? m.noNameColumn : p.kind === 'tooMany' ? m.tooMany(p.count) : m.noName(p.line),
    );
    const shown = plan.customers.slice(0, PREVIEW_ROWS);
    return html`<p class="count" role="status">${m.rowsIn(loaded.fileName, plan.customers.length)}</p>
      <div class="check">
        <input id="import-header" type="checkbox" .checked=${loaded.hasHeader} @change=${this.handleHeader} />
        <label for="import-header">${m.hasHeader}</label>
      </div>
      <fieldset class="columns">
        <legend>${m.columnsLegend}</legend>
        <div class="fields">
          ${loaded.columns.map((column, i) => {
            const label = loaded.hasHeader && first[i]?.trim() ? first[i].trim() : m.columnN(i + 1);
            const sample = loaded.table.rows[loaded.hasHeader ? 1 : 0]?.[i]?.trim();
            return html`<div class="field">
              <label for=${`import-col-${i}`}>${label}</label>
              <select id=${`import-col-${i}`} data-index=${i} @change=${this.handleColumn}>
                ${CUSTOMER_COLUMNS.map(
                  (c) => html`<option value=${c} ?selected=${c === column}>${m.columns[c]}</option>`,
                )}
              </select>
              ${sample ? html`<p class="hint">${m.example(sample)}</p>` : nothing}
            </div>`;
          })}
        </div>
      </fieldset>
      ${
        problems.length || this.refused.length
          ? html`<div class="notice error" role="alert">
              <p>${m.fix}</p>
              <ul>
                ${[...problems, ...this.refused].slice(0, 20).map((p) => html`<li>${p}</li>`)}
              </ul>
              ${problems.length + this.refused.length > 20 ? html`<p>${m.more(problems.length + this.refused.length - 20)}</p>` : nothing}
            </div>`
          : nothing
      }
      ${this.options.renderError(this.failure)}
      ${
        shown.length
          ? html`<div class="table-wrap">
              <table class="preview">
                <caption>
                  ${m.preview(shown.length, plan.customers.length)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${m.columns.name}</th>
                    <th scope="col">${m.columns.emailAddress}</th>
                    <th scope="col">${m.columns.phone}</th>
                    <th scope="col">${m.columns.notes}</th>
                  </tr>
                </thead>
                <tbody>
                  ${shown.map(
                    (c) =>
                      html`<tr>
                        <th scope="row">${c.name || '—'}</th>
                        <td>${c.emailAddress ?? '—'}</td>
                        <td>${c.phone ?? '—'}</td>
                        <td>${c.notes ?? '—'}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : nothing
      }`;
  }

  private renderResult() {
    const r = this.result!;
    const m = this.options.messages().customerImport;
    return html`<div class="notice success import-result">
      <p>${m.done(r.created, r.updated, r.unchanged)}</p>
      <button class="button small" type="button" @click=${() => this.dismiss()}>${m.dismiss}</button>
    </div>`;
  }

  private dismiss(): void {
    this.result = undefined;
    this.host.requestUpdate();
  }
}
