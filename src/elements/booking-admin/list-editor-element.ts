/**
 * What the back office's list-and-editor panels share (services, staff): a list of the business's
 * records and an editor for the one selected, with a draft per record kept side by side until it is
 * saved or discarded, the field errors and the last failure of the selected one, and a delete that
 * asks once more; saving and deleting announce the outcome, keep the draft when a save fails and put
 * the focus where the user goes on. Subclasses say where their records are and what a draft of one
 * looks like.
 */
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { BookingError } from '../../contract/errors.js';
import type { Business } from '../../core/types.js';
import type { BookingAdminChangedDetail } from '../../events/booking-admin-changed.js';
import { AdminElement } from './admin-element.js';
import { focusFirstInvalid } from './admin-fields.js';
import { issuesByPath, same } from './admin-format.js';

/** The list key of a record not saved yet. */
export const NEW = '\u0000new';

/** The words of the editor's bar (`renderEditorBar`). */
export interface EditorBarMessages {
  unsaved: string;
  deleteConfirm: (name: string) => string;
  delete: string;
  keep: string;
  discard: string;
  saving: string;
  save: string;
  create: string;
}

export abstract class ListEditorElement<T extends { id: string; displayName: string }, D> extends AdminElement {
  @state() protected selected = '';
  @state() protected drafts = new Map<string, D>();
  @state() protected errors: Record<string, string> = {};
  @state() protected failure: unknown;
  @state() protected saving = false;
  @state() protected confirmingDelete = false;
  private focusEditorAfterUpdate = false;
  private checkedList: Business | undefined;

  /** The business, loaded again whenever `reload` changes. */
  protected businessTask = new Task(this, {
    task: async ([session], { signal }) => (session ? session.admin.getBusiness(this.scope(), { signal }) : undefined),
    args: () => [this.session, this.reload] as const,
  });

  /** The business as loaded. */
  protected get businessData(): Business | undefined {
    return this.businessTask.value;
  }
  /** The records listed. */
  protected abstract itemsOf(business: Business): readonly T[];
  /** A draft of `item` as saved, or of a new record. */
  protected abstract draftOf(item: T | undefined, business: Business): D;
  /** Which record to show when the selected one is not in a new list. */
  protected abstract fallbackSelection(business: Business): string;
  /** What else a panel resets when another record is selected. */
  protected onSelectionChange(): void {}
  /** What the panel's records are, for `booking-admin-changed`. */
  protected abstract readonly entity: BookingAdminChangedDetail['entity'];
  /** A failed save or delete as the panel shows it (a panel may say a refusal in its own words). */
  protected failureOf(error: unknown): unknown {
    return error;
  }

  /** Moves the focus to the first field in error. */
  protected async focusFirstError(): Promise<void> {
    await this.updateComplete;
    focusFirstInvalid(this.renderRoot);
  }

  /**
   * Saves the selected record unless the form found `errors`: `call` creates it (nothing `original`)
   * or updates it. Saved, its draft is dropped and it stays selected; refused, the draft stays and the
   * server's field errors (at `prefix…` for a new record, `patch.…` for a change) are shown at their
   * fields. Returns the saved record.
   */
  protected async saveRecord(
    errors: Record<string, string>,
    original: T | undefined,
    prefix: string,
    call: () => Promise<T>,
  ): Promise<T | undefined> {
    const m = this.m;
    const key = this.selected;
    this.errors = errors;
    this.failure = undefined;
    const count = Object.keys(errors).length;
    if (count) {
      this.announce(m.errorsInForm(count));
      await this.focusFirstError();
      return undefined;
    }
    this.saving = true;
    try {
      const saved = await call();
      this.forgetDraft(key);
      this.selected = saved.id;
      this.reload++;
      this.announce(original ? m.saved(saved.displayName) : m.created(saved.displayName));
      this.changed({ entity: this.entity, action: original ? 'updated' : 'created', id: saved.id });
      await this.businessTask.taskComplete;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.editor h3')?.focus();
      return saved;
    } catch (error) {
      if (error instanceof BookingError && error.code === 'invalid-input' && error.issues.length) {
        this.errors = issuesByPath(error.issues, m, original ? 'patch.' : prefix);
        this.announce(`${m.saveFailedKept} ${m.errorsInForm(Object.keys(this.errors).length)}`);
        await this.focusFirstError();
      } else {
        this.failure = this.failureOf(error);
        this.announce(`${this.errorText(error)} ${m.saveFailedKept}`);
      }
      return undefined;
    } finally {
      this.saving = false;
    }
  }

  /** Deletes `item` with `call` (after the confirmation); refused, the item stays and says why. */
  protected async deleteRecord(item: T, call: () => Promise<void>): Promise<void> {
    this.confirmingDelete = false;
    this.failure = undefined;
    try {
      await call();
      this.forgetDraft(item.id);
      this.selected = '';
      this.reload++;
      this.announce(this.m.deletedItem(item.displayName));
      this.changed({ entity: this.entity, action: 'deleted', id: item.id });
      await this.businessTask.taskComplete;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    } catch (error) {
      this.failure = this.failureOf(error);
      this.announce(this.errorText(error));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.delete')?.focus();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const business = this.businessData;
    // Checked when a list arrives, not on every update: a just-created record is not in the old list.
    if (!business || business === this.checkedList) return;
    this.checkedList = business;
    if (this.selected !== NEW && !this.itemsOf(business).some((s) => s.id === this.selected)) {
      this.selected = this.fallbackSelection(business);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusEditorAfterUpdate) {
      this.focusEditorAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('.editor h3')?.focus();
    }
  }

  /**
   * The list of records beside the editor: a button per record (its name, `meta` and a word when it
   * has unsaved changes), the one being created while it is, and a *New* button where `canCreate`.
   */
  protected renderRecordList(
    items: readonly T[],
    o: { canCreate: boolean; newLabel: string; newHeading: string; empty: string; meta: (item: T) => unknown },
  ) {
    const m = this.m;
    return html`<div part="list">
      ${
        o.canCreate
          ? html`<div class="list-top">
              <button class="button primary" type="button" @click=${this.handleNew}>+ ${o.newLabel}</button>
            </div>`
          : nothing
      }
      ${items.length === 0 && this.selected !== NEW ? html`<p class="muted">${o.empty}</p>` : nothing}
      <ul class="list">
        ${items.map(
          (item) =>
            html`<li>
              <button
                type="button"
                data-key=${item.id}
                aria-current=${this.selected === item.id ? 'true' : 'false'}
                @click=${this.handleSelect}
              >
                <span class="name">${item.displayName}</span>
                <span class="meta">
                  ${o.meta(item)}
                  ${this.isDirty(item.id) ? html`<span class="badge warn">${m.unsavedBadge}</span>` : nothing}
                </span>
              </button>
            </li>`,
        )}
        ${
          this.selected === NEW
            ? html`<li>
                <button type="button" data-key=${NEW} aria-current="true" @click=${this.handleSelect}>
                  <span class="name">${o.newHeading}</span>
                </button>
              </li>`
            : nothing
        }
      </ul>
    </div>`;
  }

  protected itemOf(key: string): T | undefined {
    const business = this.businessData;
    return business ? this.itemsOf(business).find((s) => s.id === key) : undefined;
  }

  protected draftFor(key: string): D {
    return this.drafts.get(key) ?? this.draftOf(this.itemOf(key), this.businessData!);
  }

  protected isDirty(key: string): boolean {
    const d = this.drafts.get(key);
    return !!d && !!this.businessData && !same(d, this.draftOf(this.itemOf(key), this.businessData));
  }

  /** Keeps `draft` as the selected record's, and clears the errors shown at `fields`. */
  protected keepDraft(draft: D, fields: readonly string[] = []): void {
    const drafts = new Map(this.drafts);
    drafts.set(this.selected, draft);
    this.drafts = drafts;
    if (fields.length === 0) return;
    const errors = { ...this.errors };
    for (const k of fields) delete errors[k];
    this.errors = errors;
  }

  /** Drops the draft of `key` (saved, discarded or deleted). */
  protected forgetDraft(key: string): void {
    const drafts = new Map(this.drafts);
    drafts.delete(key);
    this.drafts = drafts;
  }

  private show(key: string): void {
    this.selected = key;
    this.errors = {};
    this.failure = undefined;
    this.confirmingDelete = false;
    this.onSelectionChange();
    this.focusEditorAfterUpdate = true;
  }

  protected handleSelect(e: Event): void {
    this.show((e.currentTarget as HTMLElement).dataset.key!);
  }

  protected handleNew(): void {
    this.show(NEW);
  }

  protected handleDiscard(): void {
    this.forgetDraft(this.selected);
    this.errors = {};
    this.failure = undefined;
  }

  protected handleDeleteAsk(): void {
    this.confirmingDelete = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.confirm .keep')?.focus());
  }

  /**
   * The editor's bar: whether the draft is unsaved, delete (asking once more) when `onDelete` is
   * given for a saved record, discard, and save (create for a new one).
   */
  protected renderEditorBar(
    m: EditorBarMessages,
    o: { original: T | undefined; dirty: boolean; deleteLabel: string; onDelete?: () => unknown },
  ) {
    const { original, dirty, onDelete } = o;
    return html`<div class="savebar">
      <span class="dirty" role="status">${dirty || !original ? m.unsaved : ''}</span>
      ${
        original && onDelete && !this.confirmingDelete
          ? html`<button class="button danger delete" type="button" @click=${this.handleDeleteAsk}>
              ${o.deleteLabel}
            </button>`
          : nothing
      }
      ${
        original && onDelete && this.confirmingDelete
          ? html`<div class="confirm" role="group" aria-label=${m.deleteConfirm(original.displayName)}>
              <p>${m.deleteConfirm(original.displayName)}</p>
              <button class="button danger primary" type="button" @click=${onDelete}>${m.delete}</button>
              <button class="button keep" type="button" @click=${this.handleDeleteKeep}>${m.keep}</button>
            </div>`
          : nothing
      }
      <button class="button" type="button" ?disabled=${!dirty} @click=${this.handleDiscard}>${m.discard}</button>
      <button class="button primary" type="submit" aria-disabled=${this.saving ? 'true' : 'false'}>
        ${this.saving ? m.saving : original ? m.save : m.create}
      </button>
    </div>`;
  }

  protected handleDeleteKeep(): void {
    this.confirmingDelete = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.delete')?.focus());
  }
}
