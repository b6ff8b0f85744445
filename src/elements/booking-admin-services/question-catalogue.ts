/**
 * The catalogue of the business's custom questions, under the services list and editor: every
 * question with its answer type and options, a form to add one (text, type, options for choices;
 * checked by the schema before it is sent, field by field), and deleting one. Services then ask
 * questions from the catalogue (the editor's *Questions* section).
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { AnswerInputType, Business, CustomQuestion } from '../../core/types.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import { ANSWER_INPUT_TYPES, customQuestionSchema } from '../../schemas/business.js';
import { validate } from '../../schemas/validate.js';
import type { AdminSession } from '../booking-admin/admin-context.js';
import { focusFirstInvalid, inputField, selectField, textareaField } from '../booking-admin/admin-fields.js';
import { issuesByPath } from '../booking-admin/admin-format.js';

interface QuestionForm {
  text: string;
  type: AnswerInputType;
  options: string;
}

export interface QuestionCatalogueOptions {
  session: () => AdminSession | undefined;
  messages: () => AdminMessages;
  root: () => ParentNode;
  announce: (text: string) => void;
  errorText: (error: unknown) => string;
  renderError: (error: unknown) => unknown;
  /** After a change: the panel reloads the business and waits for it. */
  reload: () => Promise<void>;
  /** A question was deleted: drafts that asked it must stop. */
  onDeleted: (questionId: string) => void;
}

/** The catalogue's state (the add form, its errors, a failed call) and its templates; the panel draws it. */
export class QuestionCatalogue {
  private form: QuestionForm | undefined;
  private errors: Record<string, string> = {};
  private failure: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: QuestionCatalogueOptions,
  ) {}

  private update(): Promise<boolean> {
    this.host.requestUpdate();
    return this.host.updateComplete;
  }

  private focus(selector: string): void {
    this.options.root().querySelector<HTMLElement>(selector)?.focus();
  }

  private handleOpen = () => {
    this.form = { text: '', type: 'text', options: '' };
    this.errors = {};
    this.failure = undefined;
    void this.update().then(() => this.focus('[id="question-text"]'));
  };

  private handleCancel = () => {
    this.form = undefined;
    void this.update().then(() => this.focus('.add-question'));
  };

  private handleInput = (e: Event) => {
    if (!this.form) return;
    const input = e.target as HTMLInputElement;
    const key = input.id.replace('question-', '') as keyof QuestionForm;
    this.form = { ...this.form, [key]: input.value };
    const { [key]: _gone, ...rest } = this.errors;
    this.errors = rest;
    this.host.requestUpdate();
  };

  private handleSave = async (e: Event) => {
    e.preventDefault();
    const { session: sessionOf, messages, announce, errorText } = this.options;
    const session = sessionOf();
    const q = this.form;
    if (!session || !q) return;
    const m = messages();
    const options = q.options
      .split('\n')
      .map((o) => o.trim())
      .filter(Boolean);
    const question: CustomQuestion = {
      id: 'new-question',
      displayName: q.text.trim(),
      answerInputType: q.type,
      ...(options.length && (q.type === 'radioButton' || q.type === 'checkbox') ? { answerOptions: options } : {}),
    };
    const r = validate(customQuestionSchema, question);
    const byPath = r.ok ? {} : issuesByPath(r.issues, m);
    const errors: Record<string, string> = {};
    if (byPath.displayName) errors.text = byPath.displayName;
    const optionError = Object.entries(byPath).find(([k]) => k.startsWith('answerOptions'))?.[1];
    if (optionError) errors.options = optionError;
    this.errors = errors;
    this.failure = undefined;
    if (Object.keys(errors).length) {
      announce(m.errorsInForm(Object.keys(errors).length));
      await this.update();
      const root = this.options.root();
      focusFirstInvalid(root.querySelector('.question-form') ?? root);
      return;
    }
    try {
      const { id: _id, ...rest } = question;
      const saved = await session.admin.createCustomQuestion({ businessId: session.businessId, customQuestion: rest });
      this.form = undefined;
      announce(m.questionAdded(saved.displayName));
      await this.options.reload();
      await this.update();
      this.focus('.add-question');
    } catch (error) {
      this.failure = error;
      announce(`${errorText(error)} ${m.saveFailedKept}`);
      this.host.requestUpdate();
    }
  };

  private handleDelete = async (e: Event, business: Business) => {
    const session = this.options.session();
    const id = (e.currentTarget as HTMLElement).dataset.question!;
    const question = business.customQuestions.find((q) => q.id === id);
    if (!session || !question) return;
    this.failure = undefined;
    try {
      await session.admin.deleteCustomQuestion({ businessId: session.businessId, customQuestionId: id });
      this.options.onDeleted(id);
      this.options.announce(this.options.messages().questionDeleted(question.displayName));
      await this.options.reload();
      await this.update();
      this.focus('.add-question, .catalogue legend');
    } catch (error) {
      this.failure = error;
      this.options.announce(this.options.errorText(error));
      this.host.requestUpdate();
    }
  };

  render(business: Business, readonly: boolean) {
    const m = this.options.messages();
    return html`<fieldset class="catalogue" part="questions">
      <legend>${m.catalogueHeading}</legend>
      <p class="hint">${m.catalogueIntro}</p>
      ${business.customQuestions.length === 0 ? html`<p class="muted">${m.noQuestions}</p>` : nothing}
      <ul class="questions">
        ${business.customQuestions.map(
          (q) =>
            html`<li data-question=${q.id}>
              <div>
                <div class="what">${q.displayName}</div>
                <div class="muted">
                  ${m.answerTypes[q.answerInputType]}${q.answerOptions?.length ? `: ${q.answerOptions.join(', ')}` : ''}
                </div>
              </div>
              ${
                readonly
                  ? nothing
                  : html`<button
                      class="button small"
                      type="button"
                      data-question=${q.id}
                      aria-label=${m.deleteQuestion(q.displayName)}
                      @click=${(e: Event) => this.handleDelete(e, business)}
                    >
                      ${m.delete}
                    </button>`
              }
            </li>`,
        )}
      </ul>
      ${this.options.renderError(this.failure)}
      ${
        readonly
          ? nothing
          : this.form
            ? this.renderForm(this.form, m)
            : html`<button class="button small add-question" type="button" @click=${this.handleOpen}>
                + ${m.newQuestion}
              </button>`
      }
    </fieldset>`;
  }

  private renderForm(q: QuestionForm, m: AdminMessages) {
    const e = this.errors;
    return html`<form class="question-form" novalidate @submit=${this.handleSave}>
      <div class="fields">
        ${inputField({
          id: 'question-text',
          label: m.questionText,
          value: q.text,
          error: e.text,
          wide: true,
          onInput: this.handleInput,
        })}
        ${selectField({
          id: 'question-type',
          label: m.answerType,
          value: q.type,
          options: ANSWER_INPUT_TYPES.map((t) => ({ value: t, label: m.answerTypes[t] })),
          onChange: this.handleInput,
        })}
        ${
          q.type === 'radioButton' || q.type === 'checkbox'
            ? textareaField({
                id: 'question-options',
                label: m.answerOptions,
                hint: m.answerOptionsHint,
                value: q.options,
                error: e.options,
                onInput: this.handleInput,
              })
            : nothing
        }
      </div>
      <div class="actions">
        <button class="button primary" type="submit">${m.newQuestion}</button>
        <button class="button" type="button" @click=${this.handleCancel}>${m.cancel}</button>
      </div>
    </form>`;
  }
}
