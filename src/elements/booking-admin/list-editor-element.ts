/**
 * What the back office's list-and-editor panels share (services, staff): a list of the business's
 * records and an editor for the one selected, with a draft per record kept side by side until it is
 * saved or discarded, the field errors and the last failure of the selected one, and a delete that
 * asks once more. Subclasses say where their records are and what a draft of one looks like.
 */
import type { PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import type { Business } from '../../core/types.js';
import { AdminElement } from './admin-element.js';
import { same } from './admin-format.js';

/** The list key of a record not saved yet. */
export const NEW = '\u0000new';

export abstract class ListEditorElement<T extends { id: string }, D> extends AdminElement {
  @state() protected selected = '';
  @state() protected drafts = new Map<string, D>();
  @state() protected errors: Record<string, string> = {};
  @state() protected failure: unknown;
  @state() protected saving = false;
  @state() protected confirmingDelete = false;
  private focusEditorAfterUpdate = false;
  private checkedList: Business | undefined;

  /** The business as loaded (the panel's task). */
  protected abstract get businessData(): Business | undefined;
  /** The records listed. */
  protected abstract itemsOf(business: Business): readonly T[];
  /** A draft of `item` as saved, or of a new record. */
  protected abstract draftOf(item: T | undefined, business: Business): D;
  /** Which record to show when the selected one is not in a new list. */
  protected abstract fallbackSelection(business: Business): string;
  /** What else a panel resets when another record is selected. */
  protected onSelectionChange(): void {}

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

  protected handleDeleteKeep(): void {
    this.confirmingDelete = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.delete')?.focus());
  }
}
