import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { BookingError } from '../../contract/errors.js';
import type { Business } from '../../core/types.js';
import type { Report } from '../../schemas/admin.js';
import type { AdminSession } from '../booking-admin/admin-context.js';
import type { BookingAdmin } from '../booking-admin/booking-admin.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import { inputField } from '../booking-admin/admin-fields.js';
import { issueText } from '../booking-admin/admin-format.js';
import { styles } from './booking-admin-reports.styles.js';

interface Download {
  href: string;
  filename: string;
  text: string;
}

/** Offers a file to the browser's downloads, and keeps a link in case the browser blocked it. */
function saveFile(content: string, filename: string, type: string): string {
  const href = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  a.rel = 'noopener';
  a.click();
  return href;
}

/**
 * Reports and data, for administrators: every booking of the last 120 days as TSV or CSV (R19),
 * the whole configuration as JSON, and a configuration imported as a new, unpublished calendar
 * that the importer administers (R20).
 *
 * @summary Back office: report download, configuration export and import.
 * @fires booking-admin-changed - A configuration was imported as a new calendar.
 * @csspart card - Each task's box.
 */
export class BookingAdminReports extends AdminElement {
  static override styles = styles;

  @state() private working: '' | 'tsv' | 'csv' | 'export' | 'import' = '';
  @state() private download: Download | undefined;
  @state() private failure: unknown;
  @state() private importName = '';
  @state() private importFile: File | undefined;
  @state() private importErrors: string[] = [];
  @state() private importError = '';
  @state() private imported: Business | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.download) URL.revokeObjectURL(this.download.href);
  }

  private handleReport(e: Event) {
    const format = (e.currentTarget as HTMLElement).dataset.format as 'tsv' | 'csv';
    void this.run(format, async (session) => {
      const report: Report = await session.admin.exportReport({ businessId: session.businessId, format });
      const href = saveFile(report.content, report.filename, report.mediaType);
      return { href, filename: report.filename, text: this.m.reportReady(report.filename, report.rowCount) };
    });
  }

  private handleExport() {
    void this.run('export', async (session) => {
      const config = await session.admin.exportConfig({ businessId: session.businessId });
      const filename = `${config.id}.json`;
      const href = saveFile(`${JSON.stringify(config, null, 2)}\n`, filename, 'application/json');
      return { href, filename, text: this.m.exported(filename) };
    });
  }

  private async run(kind: 'tsv' | 'csv' | 'export', fn: (session: AdminSession) => Promise<Download>) {
    const session = this.session;
    if (!session || this.working) return;
    this.working = kind;
    this.failure = undefined;
    try {
      if (this.download) URL.revokeObjectURL(this.download.href);
      this.download = await fn(session);
      this.announce(this.download.text);
    } catch (error) {
      this.failure = error;
      this.announce(this.errorText(error));
    } finally {
      this.working = '';
    }
  }

  private handleFile(e: Event) {
    this.importFile = (e.target as HTMLInputElement).files?.[0];
    this.importError = '';
    this.importErrors = [];
  }

  private handleImportName(e: Event) {
    this.importName = (e.target as HTMLInputElement).value;
  }

  private async handleImport(e: Event) {
    e.preventDefault();
    const session = this.session;
    if (!session || this.working) return;
    const m = this.m;
    this.imported = undefined;
    this.importErrors = [];
    this.importError = '';
    if (!this.importFile) {
      this.importError = m.importChooseFile;
      await this.focusImportError();
      return;
    }
    let config: unknown;
    try {
      config = JSON.parse(await this.importFile.text());
    } catch {
      config = undefined;
    }
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
      this.importError = m.importNotJson;
      await this.focusImportError();
      return;
    }
    this.working = 'import';
    try {
      const name = this.importName.trim();
      const business = await session.admin.importConfig({ config, ...(name ? { displayName: name } : {}) });
      this.imported = business;
      this.importFile = undefined;
      this.importName = '';
      const file = this.renderRoot.querySelector<HTMLInputElement>('#import-file');
      if (file) file.value = '';
      this.announce(m.imported(business.displayName));
      this.changed({ entity: 'calendar', action: 'imported', id: business.id });
    } catch (error) {
      if (error instanceof BookingError && error.code === 'invalid-input' && error.issues.length) {
        this.importError = m.importInvalid(error.issues.length);
        this.importErrors = error.issues.map(
          (i) => `${i.path.replace(/^config\.?/, '') || '—'}: ${issueText(i.message, m)}`,
        );
      } else {
        this.importError = this.errorText(error);
      }
      await this.focusImportError();
    } finally {
      this.working = '';
    }
  }

  private async focusImportError() {
    this.announce(this.importError);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#import-file')?.focus();
  }

  private handleOpenImported() {
    const id = this.imported?.id;
    if (!id) return;
    const root = this.getRootNode();
    const shell = root instanceof ShadowRoot ? (root.host as Partial<BookingAdmin>) : undefined;
    if (typeof shell?.openBusiness === 'function') shell.openBusiness(id);
    else {
      this.switchedBusiness = id;
      this.imported = undefined;
    }
  }

  override render() {
    return this.renderPanelFrame(this.m.reportsHeading, () => this.renderBody());
  }

  private renderBody() {
    const m = this.m;
    const p = this.perms;
    if (!p.report && !p.exportConfig) return html`<p class="notice" role="status">${m.forbidden}</p>`;
    return html`${this.renderError(this.failure)}
    ${
      this.download
        ? html`<p class="notice success" role="status">
            ${this.download.text}
            <a href=${this.download.href} download=${this.download.filename}>${this.download.filename}</a>
          </p>`
        : nothing
    }
    ${p.report ? html`<booking-admin-figures></booking-admin-figures>${this.renderReport()}` : nothing}
    ${p.exportConfig ? this.renderExport() : nothing} ${p.exportConfig ? this.renderImport() : nothing}`;
  }

  private renderReport() {
    const m = this.m;
    return html`<div class="card" part="card">
      <h3>${m.reportHeading}</h3>
      <p class="intro">${m.reportIntro}</p>
      <div class="actions">
        <button class="button primary" type="button" data-format="tsv" @click=${this.handleReport}>
          ${this.working === 'tsv' ? m.preparing : m.downloadTsv}
        </button>
        <button class="button" type="button" data-format="csv" @click=${this.handleReport}>
          ${this.working === 'csv' ? m.preparing : m.downloadCsv}
        </button>
      </div>
    </div>`;
  }

  private renderExport() {
    const m = this.m;
    return html`<div class="card" part="card">
      <h3>${m.exportHeading}</h3>
      <p class="intro">${m.exportIntro}</p>
      <div class="actions">
        <button class="button" type="button" @click=${this.handleExport}>
          ${this.working === 'export' ? m.preparing : m.exportButton}
        </button>
      </div>
    </div>`;
  }

  private renderImport() {
    const m = this.m;
    const error = this.importError;
    return html`<div class="card" part="card">
      <h3>${m.importHeading}</h3>
      <p class="intro">${m.importIntro}</p>
      <form novalidate @submit=${this.handleImport}>
        <div class="fields">
          <div class="field wide">
            <label for="import-file">${m.importFile}</label>
            <input
              id="import-file"
              type="file"
              accept="application/json,.json"
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${error ? 'import-error' : nothing}
              @change=${this.handleFile}
            />
            ${
              error
                ? html`<div id="import-error">
                    <p class="error-text">${error}</p>
                    ${
                      this.importErrors.length
                        ? html`<ul>
                            ${this.importErrors.map((i) => html`<li>${i}</li>`)}
                          </ul>`
                        : nothing
                    }
                  </div>`
                : nothing
            }
          </div>
          ${inputField({
            id: 'import-name',
            label: m.importName,
            value: this.importName,
            wide: true,
            onInput: this.handleImportName,
          })}
        </div>
        <div class="actions">
          <button class="button primary" type="submit">
            ${this.working === 'import' ? m.importing : m.importButton}
          </button>
        </div>
      </form>
      ${
        this.imported
          ? html`<div class="notice success imported" role="status">
              <p>${m.imported(this.imported.displayName)}</p>
              <button class="button small" type="button" @click=${this.handleOpenImported}>
                ${m.switchTo(this.imported.displayName)}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-reports': BookingAdminReports;
  }
}
