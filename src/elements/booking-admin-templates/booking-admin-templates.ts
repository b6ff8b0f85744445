import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { BookingError } from '../../contract/errors.js';
import { TEMPLATE_KINDS, type MessageTemplates, type TemplateKind } from '../../core/message-templates.js';
import type { MessagePreviewJson } from '../../schemas/message-templates.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import { focusFirstInvalid, inputField, selectField, textareaField } from '../booking-admin/admin-fields.js';
import { styles } from './booking-admin-templates.styles.js';

/** The languages with built-in wording; a business may word others too. */
const LANGUAGES = ['en', 'da', 'de', 'fr', 'nl', 'pl'] as const;
const PREVIEW_DELAY_MS = 300;

type Field = 'subject' | 'body';

/**
 * The message template editor (R15): per kind (confirmation, change, cancellation, reminder,
 * time-off notice, staff notification) and language, the subject and text a business words
 * itself, with the kind's placeholders (a button inserts one at the cursor), a live preview of
 * both parts with sample data (the HTML in a sandboxed frame), errors at the field with their
 * line and column, reset to the built-in wording, and save. Saving needs the settings right (R18);
 * others see the wording read-only.
 *
 * @summary Back office: the e-mail templates.
 * @fires booking-admin-changed - A template was saved (the business's configuration changed).
 * @csspart preview - The sandboxed frame showing the HTML e-mail.
 */
export class BookingAdminTemplates extends AdminElement {
  static override styles = styles;

  @state() private kind: TemplateKind = 'confirmation';
  @state() private languageTag = '';
  @state() private subject = '';
  @state() private body = '';
  @state() private errors: Partial<Record<Field, string>> = {};
  @state() private preview: MessagePreviewJson | undefined;
  @state() private loadError: unknown;
  @state() private loading = false;
  @state() private saving = false;
  private lastField: Field = 'body';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loadedFor = '';
  private request = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override updated(): void {
    const session = this.session;
    if (!session) return;
    if (!this.languageTag) {
      const primary = this.language.split('-')[0] ?? 'en';
      this.languageTag = (LANGUAGES as readonly string[]).includes(primary) ? primary : 'en';
      return;
    }
    const key = `${session.businessId}|${this.kind}|${this.languageTag}|${this.reload}`;
    if (key !== this.loadedFor) {
      this.loadedFor = key;
      void this.load();
    }
  }

  /** Loads the saved (or built-in) wording of the chosen kind and language, and its preview. */
  private async load(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const request = ++this.request;
    this.loading = true;
    this.loadError = undefined;
    try {
      const preview = await session.admin.previewMessage({
        businessId: session.businessId,
        kind: this.kind,
        languageTag: this.languageTag,
      });
      if (request !== this.request) return;
      this.preview = preview;
      this.subject = preview.template.subject;
      this.body = preview.template.body;
      this.errors = {};
    } catch (error) {
      if (request === this.request) this.loadError = error;
    } finally {
      if (request === this.request) this.loading = false;
    }
  }

  /** The preview of the text under edit, a moment after the last keystroke. */
  private schedulePreview(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refreshPreview(), PREVIEW_DELAY_MS);
  }

  private async refreshPreview(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const request = ++this.request;
    try {
      const preview = await session.admin.previewMessage({
        businessId: session.businessId,
        kind: this.kind,
        languageTag: this.languageTag,
        template: { subject: this.subject, body: this.body },
      });
      if (request !== this.request) return;
      this.preview = preview;
      this.errors = {};
    } catch (error) {
      if (request !== this.request) return;
      this.errors = this.fieldErrors(error, 'template.');
      if (Object.keys(this.errors).length === 0) this.announce(this.errorText(error));
    }
  }

  /** Field errors from a refusal: `…subject` / `…body` issues after `prefix`. */
  private fieldErrors(error: unknown, prefix: string): Partial<Record<Field, string>> {
    const out: Partial<Record<Field, string>> = {};
    if (!(error instanceof BookingError)) return out;
    for (const issue of error.issues) {
      if (!issue.path.startsWith(prefix)) continue;
      const field = issue.path.slice(prefix.length);
      if ((field === 'subject' || field === 'body') && !out[field]) out[field] = issue.message;
    }
    return out;
  }

  private handleKind(e: Event) {
    this.kind = (e.target as HTMLSelectElement).value as TemplateKind;
  }

  private handleLanguage(e: Event) {
    this.languageTag = (e.target as HTMLSelectElement).value;
  }

  private handleSubject(e: Event) {
    this.subject = (e.target as HTMLInputElement).value;
    this.lastField = 'subject';
    this.schedulePreview();
  }

  private handleBody(e: Event) {
    this.body = (e.target as HTMLTextAreaElement).value;
    this.lastField = 'body';
    this.schedulePreview();
  }

  private handleFocusIn(e: FocusEvent) {
    const id = (e.target as HTMLElement).id;
    if (id === 'subject' || id === 'body') this.lastField = id;
  }

  /** Inserts `{name}` at the cursor of the field last edited, and puts the cursor after it. */
  private handleInsert(e: Event) {
    const name = (e.currentTarget as HTMLElement).dataset['name'] ?? '';
    const field = name === 'details' ? 'body' : this.lastField;
    const control = this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${field}`);
    if (!control) return;
    const text = `{${name}}`;
    const start = control.selectionStart ?? control.value.length;
    const end = control.selectionEnd ?? start;
    const value = control.value.slice(0, start) + text + control.value.slice(end);
    if (field === 'subject') this.subject = value;
    else this.body = value;
    this.schedulePreview();
    void this.updateComplete.then(() => {
      control.focus();
      control.setSelectionRange(start + text.length, start + text.length);
    });
  }

  private handleReset() {
    const d = this.preview?.defaultTemplate;
    if (!d) return;
    this.subject = d.subject;
    this.body = d.body;
    this.announce(this.m.templatesPanel.resetDone);
    this.schedulePreview();
  }

  private async handleSave(e: SubmitEvent) {
    e.preventDefault();
    const session = this.session;
    const preview = this.preview;
    if (!session || !preview || this.saving) return;
    this.saving = true;
    try {
      const business = await session.admin.getBusiness({ businessId: session.businessId });
      const all: MessageTemplates = { ...(business.messageTemplates ?? {}) };
      const perLanguage = { ...(all[this.kind] ?? {}) };
      const d = preview.defaultTemplate;
      // The built-in wording is not stored: it follows the library's improvements.
      if (this.subject === d.subject && this.body === d.body) delete perLanguage[this.languageTag];
      else perLanguage[this.languageTag] = { subject: this.subject, body: this.body };
      if (Object.keys(perLanguage).length > 0) all[this.kind] = perLanguage;
      else delete all[this.kind];
      await session.admin.updateBusiness({ businessId: session.businessId, patch: { messageTemplates: all } });
      this.errors = {};
      this.announce(this.m.templatesPanel.saved);
      this.changed({ entity: 'business', action: 'updated', id: session.businessId });
      await this.load();
    } catch (error) {
      this.errors = this.fieldErrors(error, `patch.messageTemplates.${this.kind}.${this.languageTag}.`);
      await this.updateComplete;
      if (!focusFirstInvalid(this.renderRoot)) this.announce(this.errorText(error));
    } finally {
      this.saving = false;
    }
  }

  override render() {
    return this.renderPanelFrame(this.m.templatesPanel.heading, () => this.renderBody());
  }

  private renderBody() {
    const t = this.m.templatesPanel;
    const names = new Intl.DisplayNames([this.language], { type: 'language' });
    return html`<p class="intro">${t.intro}</p>
      <div class="choose">
        ${selectField({
          id: 'kind',
          label: t.kind,
          value: this.kind,
          options: TEMPLATE_KINDS.map((k) => ({ value: k, label: t.kinds[k] })),
          onChange: this.handleKind,
        })}
        ${selectField({
          id: 'language',
          label: t.language,
          value: this.languageTag,
          options: LANGUAGES.map((l) => ({ value: l, label: names.of(l) ?? l })),
          onChange: this.handleLanguage,
        })}
      </div>
      ${
        this.loadError
          ? this.renderError(this.loadError)
          : this.preview === undefined
            ? this.renderLoading()
            : this.renderEditor(this.preview)
      }`;
  }

  private renderEditor(preview: MessagePreviewJson) {
    const t = this.m.templatesPanel;
    const readonly = !this.perms.writeSettings;
    return html`<div class="editor" aria-busy=${this.loading ? 'true' : 'false'}>
      <form @submit=${this.handleSave} @focusin=${this.handleFocusIn} novalidate>
        <p class="hint">${preview.isCustom ? t.custom : t.builtIn}</p>
        ${inputField({
          id: 'subject',
          label: t.subject,
          value: this.subject,
          error: this.errors.subject,
          readonly,
          maxlength: 200,
          wide: true,
          onInput: this.handleSubject,
        })}
        ${textareaField({
          id: 'body',
          label: t.body,
          hint: t.bodyHint,
          value: this.body,
          error: this.errors.body,
          readonly,
          maxlength: 4000,
          wide: true,
          onInput: this.handleBody,
        })}
        ${
          readonly
            ? nothing
            : html`<h3 id="placeholders-heading">${t.placeholders}</h3>
                <p class="hint">${t.placeholdersHint}</p>
                <ul class="placeholders" aria-labelledby="placeholders-heading">
                  ${preview.placeholders.map(
                    (name) =>
                      html`<li>
                        <button
                          class="button small"
                          type="button"
                          data-name=${name}
                          aria-label=${t.insert(name)}
                          @click=${this.handleInsert}
                        >
                          {${name}}
                        </button>
                      </li>`,
                  )}
                </ul>
                <p class="actions">
                  <button class="button primary" type="submit" aria-disabled=${this.saving ? 'true' : 'false'}>
                    ${this.saving ? t.saving : t.save}
                  </button>
                  <button class="button" type="button" @click=${this.handleReset}>${t.reset}</button>
                </p>`
        }
      </form>
      <div>
        <h3>${t.preview}</h3>
        <p class="hint"><strong>${preview.subject}</strong></p>
        <iframe
          part="preview"
          title=${t.previewFrame}
          sandbox=""
          referrerpolicy="no-referrer"
          .srcdoc=${preview.html}
        ></iframe>
        <details>
          <summary>${t.textPart}</summary>
          <pre>${preview.body}</pre>
        </details>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-templates': BookingAdminTemplates;
  }
}
