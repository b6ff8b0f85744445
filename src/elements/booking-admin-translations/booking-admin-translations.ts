import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { BookingError } from '../../contract/errors.js';
import { translatableTexts, translationOf, type TranslatableText } from '../../core/content-language.js';
import type { Business, ContentTranslation } from '../../core/types.js';
import { LANGUAGES } from '../../i18n/index.js';
import { businessSchema } from '../../schemas/business.js';
import { canonicalLanguageTag } from '../../schemas/translations.js';
import { formatPath } from '../../schemas/validation.js';
import { validate } from '../../schemas/validate.js';
import { AdminElement } from '../booking-admin/admin-element.js';
import { focusFirstInvalid, inputField, saveBar, selectField, textareaField } from '../booking-admin/admin-fields.js';
import { issuesByPath } from '../booking-admin/admin-format.js';
import { styles } from './booking-admin-translations.styles.js';

/** Unsaved values: language tag → text key (`TranslatableText.path` joined) → value. */
type Draft = Record<string, Record<string, string>>;

const keyOf = (t: TranslatableText) => t.path.join('\u0001');

function draftOf(b: Business): Draft {
  const out: Draft = {};
  const texts = translatableTexts(b);
  for (const [tag, t] of Object.entries(b.translations ?? {})) {
    out[tag] = {};
    for (const text of texts) out[tag][keyOf(text)] = translationOf(t, text.path) ?? '';
  }
  return out;
}

/** Sets (or with an empty value removes) the text at `path` in a translation. */
function place(t: ContentTranslation, path: readonly string[], value: string): void {
  let node = t as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    node = next !== null && typeof next === 'object' ? (next as Record<string, unknown>) : (node[key] = {});
  }
  const last = path[path.length - 1];
  if (value === '') delete node[last];
  else node[last] = value;
}

/**
 * The business's texts in other languages (issue 17): every service name and description,
 * custom question and answer option, the consent message and the privacy and terms links, in the
 * business's language beside a chosen one. Missing translations are marked in words and counted;
 * customers read the business's own text for them. All languages' edits are saved together with
 * `updateBusiness`; a refused save keeps every edit and shows each error at its field.
 * Administrators edit; other roles read (R18).
 *
 * @summary Back office: translations of the business's texts.
 * @fires booking-admin-changed - Translations were saved.
 * @csspart language - The language choice and the count of missing translations.
 * @csspart text - One text: the original beside its translation; `missing` when it has none.
 */
export class BookingAdminTranslations extends AdminElement {
  static override styles = styles;

  @state() private draft: Draft | undefined;
  @state() private original: Business | undefined;
  /** The language shown beside the business's. */
  @state() private language_ = '';
  @state() private onlyMissing = false;
  @state() private newTag = '';
  @state() private errors: Record<string, string> = {};
  @state() private failure: unknown;
  @state() private saving = false;
  private lastLoaded: Business | undefined;

  private businessTask = new Task(this, {
    task: async ([session], { signal }) => (session ? session.admin.getBusiness(this.scope(), { signal }) : undefined),
    args: () => [this.session, this.reload] as const,
  });

  protected override willUpdate(_changed: PropertyValues<this>): void {
    // A fresh load replaces what is shown, but never unsaved edits.
    const loaded = this.businessTask.value;
    if (loaded && loaded !== this.lastLoaded) {
      this.lastLoaded = loaded;
      if (!this.draft || !this.dirty) this.draft = draftOf(loaded);
      this.original = loaded;
    }
    if (this.original && !this.language_) this.language_ = this.languages[0] ?? '';
  }

  private get editable(): boolean {
    return this.perms.writeSettings;
  }

  private get dirty(): boolean {
    return (
      !!this.draft &&
      !!this.original &&
      JSON.stringify(this.build()) !== JSON.stringify(this.original.translations ?? {})
    );
  }

  private get businessLanguage(): string {
    return this.original?.languageTag ?? 'en';
  }

  /** The catalogue's languages and every language translated so far, less the business's own. */
  private get languages(): string[] {
    const own = this.businessLanguage.toLowerCase();
    const all = [...LANGUAGES, ...Object.keys(this.draft ?? {})];
    return [...new Set(all)].filter((tag) => tag.toLowerCase() !== own);
  }

  private languageName(tag: string): string {
    try {
      const name = new Intl.DisplayNames([this.language], { type: 'language' }).of(tag);
      return name && name !== tag ? `${name} (${tag})` : tag;
    } catch {
      return tag;
    }
  }

  /** The whole `translations` map as it would be saved: the original's, with the draft's texts set or removed. */
  private build(): Record<string, ContentTranslation> {
    const original = this.original;
    if (!original || !this.draft) return {};
    const out = structuredClone(original.translations ?? {});
    const texts = translatableTexts(original);
    for (const [tag, values] of Object.entries(this.draft)) {
      const t = (out[tag] ??= {});
      for (const text of texts) {
        const raw = values[keyOf(text)] ?? '';
        place(
          t,
          text.path,
          raw.trim() === '' ? '' : text.kind === 'description' || text.kind === 'message' ? raw : raw.trim(),
        );
      }
      // A language without a single text is no language: it is not kept.
      if (texts.every((text) => translationOf(t, text.path) === undefined) && !original.translations?.[tag]) {
        delete out[tag];
      }
    }
    return out;
  }

  /** The DOM id of a text's field in the shown language. */
  private fieldId(text: TranslatableText): string {
    return `t-${translatableTexts(this.original!).findIndex((t) => keyOf(t) === keyOf(text))}`;
  }

  /** The issue path of a text in `tag`, as the schema and the adapter report it. */
  private issuePath(tag: string, text: TranslatableText): string {
    return formatPath(['translations', tag, ...text.path]);
  }

  private handleLanguage(e: Event) {
    this.language_ = (e.target as HTMLSelectElement).value;
  }

  private handleOnlyMissing(e: Event) {
    this.onlyMissing = (e.target as HTMLInputElement).checked;
  }

  private handleNewTag(e: Event) {
    this.newTag = (e.target as HTMLInputElement).value;
    const errors = { ...this.errors };
    delete errors['new-language'];
    this.errors = errors;
  }

  private handleAddLanguage(e: Event) {
    e.preventDefault();
    const m = this.m;
    const tag = canonicalLanguageTag(this.newTag.trim());
    if (!tag) {
      this.errors = { ...this.errors, 'new-language': m.languageInvalid };
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#new-language')?.focus());
      return;
    }
    if (tag.toLowerCase() === this.businessLanguage.toLowerCase()) {
      this.errors = { ...this.errors, 'new-language': m.translationsIsBusinessLanguage };
      return;
    }
    if (this.draft && !this.draft[tag]) this.draft = { ...this.draft, [tag]: {} };
    this.language_ = tag;
    this.newTag = '';
    this.announce(m.translationsShowing(this.languageName(tag)));
  }

  private handleInput(e: Event) {
    const input = e.target as HTMLInputElement;
    const box = input.closest<HTMLElement>('.translation');
    const key = box?.dataset.key;
    const tag = this.language_;
    if (!this.draft || key === undefined) return;
    this.draft = { ...this.draft, [tag]: { ...this.draft[tag], [key]: input.value } };
    const errors = { ...this.errors };
    delete errors[box?.dataset.path ?? ''];
    this.errors = errors;
  }

  private handleDiscard() {
    if (!this.original) return;
    this.draft = draftOf(this.original);
    this.errors = {};
    this.failure = undefined;
  }

  private async handleSave(e: Event) {
    e.preventDefault();
    const session = this.session;
    const original = this.original;
    if (!session || !original || !this.draft || this.saving) return;
    const m = this.m;
    const translations = this.build();
    // The schema the adapter applies, on the business as it would be after the save.
    const r = validate(businessSchema, { ...original, translations });
    this.failure = undefined;
    if (!r.ok) {
      this.errors = issuesByPath(r.issues, m);
      await this.showErrors();
      return;
    }
    this.saving = true;
    try {
      const saved = await session.admin.updateBusiness({ businessId: session.businessId, patch: { translations } });
      this.original = saved;
      this.draft = draftOf(saved);
      this.errors = {};
      this.announce(m.translationsSaved);
      this.changed({ entity: 'business', action: 'updated', id: saved.id });
    } catch (error) {
      if (error instanceof BookingError && error.code === 'invalid-input' && error.issues.length) {
        this.errors = issuesByPath(error.issues, m, 'patch.');
        await this.showErrors(m.saveFailedKept);
      } else {
        this.failure = error;
        this.announce(`${this.errorText(error)} ${m.saveFailedKept}`);
      }
    } finally {
      this.saving = false;
    }
  }

  /** Shows the first language with an error, announces the count and focuses the first field. */
  private async showErrors(prefix = '') {
    const m = this.m;
    const count = Object.keys(this.errors).length;
    const first = Object.keys(this.errors).find((p) => p.startsWith('translations.'));
    const tag = first
      ? Object.keys(this.draft ?? {}).find((t) => first.startsWith(formatPath(['translations', t]) + '.'))
      : undefined;
    if (tag) {
      this.language_ = tag;
      this.onlyMissing = false;
    }
    this.announce(`${prefix ? `${prefix} ` : ''}${m.errorsInForm(count)}`);
    await this.updateComplete;
    focusFirstInvalid(this.renderRoot);
  }

  override render() {
    return this.renderPanelFrame(this.m.translationsHeading, () =>
      this.renderTask(this.businessTask, () => this.renderBody()),
    );
  }

  private renderBody() {
    const original = this.original;
    const draft = this.draft;
    if (!original || !draft) return this.renderLoading();
    const m = this.m;
    const texts = translatableTexts(original);
    if (texts.length === 0) return html`<p class="state">${m.translationsNothing}</p>`;
    const tag = this.language_;
    const values = draft[tag] ?? {};
    const missing = texts.filter((t) => (values[keyOf(t)] ?? '').trim() === '');
    const shown = this.onlyMissing ? missing : texts;
    const other = Object.keys(this.errors).filter(
      (p) => p.startsWith('translations.') && !texts.some((t) => this.issuePath(tag, t) === p),
    );
    return html`<p class="muted">${m.translationsIntro(this.languageName(this.businessLanguage))}</p>
      ${this.renderLanguage(tag, missing.length, texts.length)}
      <form novalidate @submit=${this.handleSave}>
        ${this.renderGroup(
          m.translationsServices,
          shown.filter((t) => t.group === 'services'),
          tag,
          values,
        )}
        ${this.renderGroup(
          m.translationsQuestions,
          shown.filter((t) => t.group === 'customQuestions'),
          tag,
          values,
        )}
        ${this.renderGroup(
          m.translationsPage,
          shown.filter((t) => t.group === 'bookingPageSettings'),
          tag,
          values,
        )}
        ${shown.length === 0 ? html`<p class="state" role="status">${m.translationsNoneMissing}</p>` : nothing}
        ${other.length ? this.renderError(other.map((p) => `${p}: ${this.errors[p]}`).join(' ')) : nothing}
        ${this.renderError(this.failure)}
        ${this.editable ? saveBar(m, { dirty: this.dirty, saving: this.saving, onDiscard: () => this.handleDiscard() }) : nothing}
      </form>`;
  }

  private renderLanguage(tag: string, missing: number, total: number) {
    const m = this.m;
    const name = this.languageName(tag);
    return html`<div part="language" class="language">
      ${selectField({
        id: 'language',
        label: m.translationsLanguage,
        value: tag,
        options: this.languages.map((t) => ({ value: t, label: this.languageName(t) })),
        onChange: this.handleLanguage,
      })}
      <p class="count" id="missing-count" role="status">
        ${
          missing
            ? html`<span class="badge warn">${m.translationsMissing}</span>
                ${m.translationsMissingCount(missing, total, name)}`
            : html`<span class="badge accent">${m.translationsComplete}</span> ${m.translationsAllDone(total, name)}`
        }
      </p>
      <div class="check only-missing">
        <input type="checkbox" id="only-missing" .checked=${this.onlyMissing} @change=${this.handleOnlyMissing} />
        <label for="only-missing">${m.translationsOnlyMissing}</label>
      </div>
      ${
        this.editable
          ? html`<form class="add" novalidate @submit=${this.handleAddLanguage}>
              ${inputField({
                id: 'new-language',
                label: m.translationsAddLanguage,
                hint: m.translationsAddLanguageHint,
                value: this.newTag,
                error: this.errors['new-language'],
                maxlength: 35,
                onInput: this.handleNewTag,
              })}
              <button class="button" type="submit">${m.translationsAdd}</button>
            </form>`
          : nothing
      }
    </div>`;
  }

  private renderGroup(title: string, texts: TranslatableText[], tag: string, values: Record<string, string>) {
    if (texts.length === 0) return nothing;
    // One block per service or question, headed by its name as the business wrote it.
    const owners = [...new Set(texts.map((t) => t.ownerId))];
    return html`<fieldset>
      <legend>${title}</legend>
      <div class="columns" aria-hidden="true">
        <span>${this.plainName(this.businessLanguage)}</span><span>${this.plainName(tag)}</span>
      </div>
      ${owners.map((owner) => {
        const mine = texts.filter((t) => t.ownerId === owner);
        const name = owner ? this.ownerName(mine[0]) : '';
        return owner
          ? html`<div class="owner" role="group" aria-label=${name}>
              <h3 lang=${this.businessLanguage}>${name}</h3>
              ${mine.map((t) => this.renderText(t, tag, values))}
            </div>`
          : mine.map((t) => this.renderText(t, tag, values));
      })}
    </fieldset>`;
  }

  /** A language's name alone ("German"), for labels; the tag when Intl has no name for it. */
  private plainName(tag: string): string {
    try {
      return new Intl.DisplayNames([this.language], { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }

  private ownerName(t: TranslatableText): string {
    const b = this.original!;
    return (
      (t.group === 'services'
        ? b.services.find((s) => s.id === t.ownerId)?.displayName
        : b.customQuestions.find((q) => q.id === t.ownerId)?.displayName) ?? t.ownerId
    );
  }

  /** What a text is, for its label: "Name", "Answer option". */
  private labelOf(t: TranslatableText): string {
    const m = this.m;
    return t.field === 'displayName'
      ? t.group === 'services'
        ? m.translationsName
        : m.translationsQuestion
      : t.field === 'description'
        ? m.translationsDescription
        : t.field === 'answerOptions'
          ? m.translationsOption
          : t.field === 'customerConsentMessage'
            ? m.translationsConsent
            : t.field === 'privacyPolicyWebUrl'
              ? m.translationsPrivacy
              : m.translationsTerms;
  }

  private renderText(t: TranslatableText, tag: string, values: Record<string, string>) {
    const m = this.m;
    const value = values[keyOf(t)] ?? '';
    const missing = value.trim() === '';
    const id = this.fieldId(t);
    const path = this.issuePath(tag, t);
    const multiline = t.kind === 'description' || t.kind === 'message';
    const label = `${this.labelOf(t)} (${this.plainName(tag)})`;
    const field = {
      id,
      label,
      value,
      error: this.errors[path],
      readonly: !this.editable,
      wide: true,
      hint: missing ? m.translationsFallbackHint : undefined,
      maxlength: t.kind === 'name' ? 200 : t.kind === 'url' ? 2048 : 2000,
      onInput: this.handleInput,
    };
    return html`<div
      part=${missing ? 'text missing' : 'text'}
      class="text ${missing ? 'missing' : ''}"
      data-key=${keyOf(t)}
    >
      <div class="original">
        <span class="label">${this.labelOf(t)} (${this.plainName(this.businessLanguage)})</span>
        <p class="source" lang=${this.businessLanguage}>${t.source}</p>
        ${missing ? html`<span class="badge warn">${m.translationsMissing}</span>` : nothing}
      </div>
      <div class="translation" data-key=${keyOf(t)} data-path=${path}>
        ${multiline ? textareaField(field) : inputField({ ...field, type: t.kind === 'url' ? 'url' : 'text' })}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin-translations': BookingAdminTranslations;
  }
}
