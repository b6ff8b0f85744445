/**
 * Form fields of the back-office panels, one way everywhere: a visible label, an optional hint, a
 * field-level error tied to the control with `aria-describedby` and `aria-invalid`, and a
 * read-only form (text, no control) for roles that may not change the value (R18).
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

interface Base {
  /** Control id and name. */
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Read-only: the value as text, no control. */
  readonly?: boolean;
  wide?: boolean;
}

export interface InputOptions extends Base {
  value: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'tel' | 'number' | 'time' | 'date';
  /** Shown instead of `value` when read-only. */
  display?: string | undefined;
  required?: boolean;
  min?: string | undefined;
  max?: string | undefined;
  step?: string | undefined;
  maxlength?: number | undefined;
  autocomplete?: string | undefined;
  inputmode?: string | undefined;
  onInput: (e: Event) => void;
}

export interface SelectOptions extends Base {
  value: string;
  options: readonly { value: string; label: string; disabled?: boolean }[];
  onChange: (e: Event) => void;
}

export interface CheckOptions extends Base {
  checked: boolean;
  onChange: (e: Event) => void;
}

const describedBy = (o: Base) =>
  [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ') || undefined;

function extras(o: Base) {
  return html`${o.hint ? html`<p class="hint" id=${`${o.id}-hint`}>${o.hint}</p>` : nothing}
  ${o.error ? html`<p class="error-text" id=${`${o.id}-error`}>${o.error}</p>` : nothing}`;
}

function readonlyField(o: Base, text: string) {
  return html`<div class="field ${o.wide ? 'wide' : ''}" data-field=${o.id}>
    <span class="label">${o.label}</span>
    <span class="value">${text || '—'}</span>
  </div>`;
}

export function inputField(o: InputOptions) {
  if (o.readonly) return readonlyField(o, o.display ?? o.value);
  return html`<div class="field ${o.wide ? 'wide' : ''}" data-field=${o.id}>
    <label for=${o.id}>${o.label}</label>
    <input
      id=${o.id}
      name=${o.id}
      type=${o.type ?? 'text'}
      .value=${live(o.value)}
      ?required=${o.required ?? false}
      min=${ifDefined(o.min)}
      max=${ifDefined(o.max)}
      step=${ifDefined(o.step)}
      maxlength=${ifDefined(o.maxlength)}
      autocomplete=${ifDefined(o.autocomplete)}
      inputmode=${ifDefined(o.inputmode)}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o))}
      @input=${o.onInput}
    />
    ${extras(o)}
  </div>`;
}

export function textareaField(o: InputOptions) {
  if (o.readonly) return readonlyField(o, o.display ?? o.value);
  return html`<div class="field ${o.wide ? 'wide' : ''}" data-field=${o.id}>
    <label for=${o.id}>${o.label}</label>
    <textarea
      id=${o.id}
      name=${o.id}
      .value=${live(o.value)}
      maxlength=${ifDefined(o.maxlength)}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o))}
      @input=${o.onInput}
    ></textarea>
    ${extras(o)}
  </div>`;
}

export function selectField(o: SelectOptions) {
  if (o.readonly) return readonlyField(o, o.options.find((x) => x.value === o.value)?.label ?? o.value);
  return html`<div class="field ${o.wide ? 'wide' : ''}" data-field=${o.id}>
    <label for=${o.id}>${o.label}</label>
    <select
      id=${o.id}
      name=${o.id}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(o))}
      @change=${o.onChange}
    >
      ${o.options.map(
        (x) =>
          html`<option value=${x.value} ?selected=${x.value === o.value} ?disabled=${x.disabled ?? false}>
            ${x.label}
          </option>`,
      )}
    </select>
    ${extras(o)}
  </div>`;
}

/** A checkbox; read-only it reads "label: Yes/No". */
export function checkField(o: CheckOptions & { yes: string; no: string }) {
  if (o.readonly) return readonlyField(o, o.checked ? o.yes : o.no);
  return html`<div class="field ${o.wide ? 'wide' : ''}" data-field=${o.id}>
    <div class="check">
      <input
        type="checkbox"
        id=${o.id}
        name=${o.id}
        .checked=${live(o.checked)}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(o))}
        @change=${o.onChange}
      />
      <label for=${o.id}>${o.label}</label>
    </div>
    ${extras(o)}
  </div>`;
}

/** Focuses the first control marked invalid in `root` (after a failed save). */
export function focusFirstInvalid(root: ParentNode): boolean {
  const el = root.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!el) return false;
  el.focus();
  return true;
}

/**
 * The bar under a settings form: says when there are unsaved changes, *Discard* (only then) and
 * *Save* (the form's submit; while saving it stays focusable and says so).
 */
export function saveBar(
  m: { unsaved: string; discard: string; saving: string; save: string },
  o: { dirty: boolean; saving: boolean; onDiscard: () => void },
) {
  return html`<div class="savebar">
    <span class="dirty" role="status">${o.dirty ? m.unsaved : ''}</span>
    <button class="button" type="button" ?disabled=${!o.dirty} @click=${o.onDiscard}>${m.discard}</button>
    <button class="button primary" type="submit" aria-disabled=${o.saving ? 'true' : 'false'}>
      ${o.saving ? m.saving : m.save}
    </button>
  </div>`;
}
