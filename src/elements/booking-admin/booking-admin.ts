import { provide } from '@lit/context';
import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { clockContext, type Clock } from '../../context/keys.js';
import type { BookingAdminChangedEvent } from '../../events/booking-admin-changed.js';
import { adminSessionContext, type AdminSession } from './admin-context.js';
import { AdminElement } from './admin-element.js';
import { styles } from './booking-admin.styles.js';

/** The back office's sections, in navigation order; each is also an element of its own. */
export const ADMIN_SECTIONS = [
  'calendar',
  'services',
  'staff',
  'business',
  'translations',
  'customers',
  'waitlist',
  'outbox',
  'templates',
  'webhooks',
  'reports',
  'explain',
] as const;
export type AdminSectionName = (typeof ADMIN_SECTIONS)[number];

/**
 * The staff back office: the calendar, services, staff, business and booking-page settings,
 * translations of the business's texts, customers, waiting lists, the outbox, message templates, webhooks, reports and "Why not bookable?", for the signed-in staff member and
 * their role (R18), with a switcher between the businesses they belong to (R20).
 *
 * The adapter comes from the `adapter` property (a `BookingAdminAdapter`), else `api` with the
 * `authToken` property (the HTTP adapter), else `config-src` with `staff-member` (the in-browser
 * reference adapter acting as that staff member, sharing its store with `<booking-page>`).
 * Controls the role may not use are left out; the adapter refuses them anyway.
 *
 * Sections load when first opened and keep their unsaved edits while another section is shown.
 *
 * @summary The staff back office.
 * @fires booking-admin-changed - A change was saved (service, staff member, time off, settings, appointment, imported calendar).
 * @csspart container - The outer frame.
 * @csspart header - The business name, the business switcher and who is signed in.
 * @csspart nav - The section navigation.
 * @csspart nav-item - Each section button; `current` marks the open one.
 * @csspart section - The open section's area.
 * @cssstate loading - The session (adapter, role, businesses) is loading.
 */
export class BookingAdmin extends AdminElement {
  static override styles = styles;

  @provide({ context: adminSessionContext })
  @state()
  private providedSession: AdminSession | undefined;

  @provide({ context: clockContext })
  private providedClock: Clock = () => this.now;

  private internals = this.attachInternals();

  @state() private visited = new Set<AdminSectionName>();
  private focusSectionAfterUpdate = false;
  private sessionKey = '';
  /** Sections to reload when opened next, because something changed elsewhere. */
  private stale = new Set<AdminSectionName>();

  /** The open section: `calendar`, `services`, `staff`, `business`, `translations`, `customers`, `waitlist`, `outbox`, `templates`, `webhooks`, `reports` or `explain`. */
  @property({ reflect: true }) section: AdminSectionName = 'calendar';
  /** Where the booking page lives, for the services' one-service links. */
  @property({ attribute: 'booking-page-url' }) bookingPageUrl = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('booking-admin-changed', this.handleChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('booking-admin-changed', this.handleChanged);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const session = this.sessionTask.value ?? undefined;
    if (session !== this.providedSession && this.contextSession === undefined) this.providedSession = session;
    // Someone else signed in, or another business: panels and their unsaved edits start afresh.
    const key = session ? `${session.businessId}|${session.staffMemberId}` : '';
    if (key !== this.sessionKey) {
      this.sessionKey = key;
      this.visited = new Set();
      this.stale.clear();
    }
    if (changed.has('section') || !this.visited.has(this.currentSection)) {
      this.visited = new Set([...this.visited, this.currentSection]);
    }
  }

  protected override updated(): void {
    if (this.sessionTask.status === TaskStatus.PENDING) this.internals.states.add('loading');
    else this.internals.states.delete('loading');
    if (this.focusSectionAfterUpdate) {
      this.focusSectionAfterUpdate = false;
      const el = this.renderRoot.querySelector<HTMLElement & { focusHeading?: () => void }>(
        `[data-section="${this.currentSection}"]`,
      );
      void (el as { updateComplete?: Promise<unknown> } | null)?.updateComplete?.then(() => el?.focusHeading?.());
    }
  }

  private handleChanged = (e: BookingAdminChangedEvent) => {
    if (e.detail.entity === 'calendar' && e.detail.action === 'imported') void this.sessionTask.run();
    // Other sections show the change when they are opened next.
    this.stale = new Set(ADMIN_SECTIONS.filter((s) => s !== this.currentSection));
  };

  private handleNav(e: Event) {
    const name = (e.currentTarget as HTMLElement).dataset.name as AdminSectionName;
    if (name === this.section) return;
    this.section = name;
    this.focusSectionAfterUpdate = true;
    if (this.stale.has(name)) {
      this.stale.delete(name);
      this.renderRoot.querySelector<AdminElement>(`[data-section="${name}"]`)?.refresh();
    }
  }

  private handleBusinessChange(e: Event) {
    this.openBusiness((e.target as HTMLSelectElement).value);
  }

  /** Switches to another business the signed-in person belongs to (R20); unsaved edits of the current one are dropped. */
  openBusiness(businessId: string): void {
    this.switchedBusiness = businessId;
    void this.sessionTask.run();
  }

  /** The sections this role may open: reports and data, and webhooks, are for administrators (R19). */
  private get allowedSections(): AdminSectionName[] {
    const p = this.perms;
    return ADMIN_SECTIONS.filter(
      (s) => (s !== 'reports' || p.report || p.exportConfig) && (s !== 'webhooks' || p.writeSettings),
    );
  }

  private get currentSection(): AdminSectionName {
    const allowed = this.allowedSections;
    return allowed.includes(this.section) ? this.section : 'calendar';
  }

  override render() {
    return html`<div part="container" class="shell">
      ${this.renderGate((session) => this.renderShell(session))} ${this.renderLiveRegion()}
    </div>`;
  }

  private renderShell(session: AdminSession) {
    return html`${this.renderHeader(session)}
      <div class="body">
        ${this.renderNav()}
        <div part="section" class="section">${keyed(this.sessionKey, this.renderSections())}</div>
      </div>`;
  }

  private renderHeader(session: AdminSession) {
    const m = this.m;
    const current = session.businesses.find((b) => b.id === session.businessId);
    const hint = m.roleHints[session.role];
    return html`<header part="header">
      <div class="title">
        <span class="eyebrow">${m.title}</span>
        ${
          session.businesses.length > 1
            ? html`<label class="visually-hidden" for="business">${m.businessSwitcher}</label>
                <select id="business" class="switcher" @change=${this.handleBusinessChange}>
                  ${session.businesses.map(
                    (b) =>
                      html`<option value=${b.id} ?selected=${b.id === session.businessId}>${b.displayName}</option>`,
                  )}
                </select>`
            : html`<strong class="name">${current?.displayName ?? session.businessId}</strong>`
        }
        ${current && !current.isPublished ? html`<span class="badge warn">${m.notPublishedBadge}</span>` : nothing}
      </div>
      <div class="who">
        <span>${m.signedInAs(session.staffMemberName, m.roles[session.role])}</span>
        ${hint ? html`<span class="hint">${hint}</span>` : nothing}
        ${
          this.signsInItself
            ? html`<button class="button small" type="button" @click=${() => void this.signOut()}>${m.signOut}</button>`
            : nothing
        }
      </div>
    </header>`;
  }

  private renderNav() {
    const m = this.m;
    const current = this.currentSection;
    return html`<nav part="nav" aria-label=${m.sectionsLabel}>
      <ul>
        ${this.allowedSections.map(
          (s) =>
            html`<li>
              <button
                type="button"
                part=${s === current ? 'nav-item current' : 'nav-item'}
                data-name=${s}
                aria-current=${s === current ? 'page' : 'false'}
                @click=${this.handleNav}
              >
                ${m.sections[s]}
              </button>
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderSections() {
    const current = this.currentSection;
    return [...this.visited]
      .filter((s) => this.allowedSections.includes(s))
      .map((s) => {
        const hidden = s !== current;
        switch (s) {
          case 'calendar':
            return html`<booking-admin-calendar
              data-section=${s}
              hour-cycle=${this.hourCycle ?? nothing}
              ?hidden=${hidden}
            ></booking-admin-calendar>`;
          case 'services':
            return html`<booking-admin-services
              data-section=${s}
              hour-cycle=${this.hourCycle ?? nothing}
              ?hidden=${hidden}
              booking-page-url=${this.bookingPageUrl}
              config-src=${this.configSrc}
            ></booking-admin-services>`;
          case 'staff':
            return html`<booking-admin-staff
              data-section=${s}
              hour-cycle=${this.hourCycle ?? nothing}
              ?hidden=${hidden}
            ></booking-admin-staff>`;
          case 'business':
            return html`<booking-admin-business
              data-section=${s}
              hour-cycle=${this.hourCycle ?? nothing}
              ?hidden=${hidden}
            ></booking-admin-business>`;
          case 'translations':
            return html`<booking-admin-translations
              data-section=${s}
              hour-cycle=${this.hourCycle ?? nothing}
              ?hidden=${hidden}
            ></booking-admin-translations>`;
          case 'customers':
            return html`<booking-admin-customers
              data-section=${s}
              hour-cycle=${this.hourCycle ?? nothing}
              ?hidden=${hidden}
            ></booking-admin-customers>`;
          case 'waitlist':
            return html`<booking-admin-waitlist
              data-section=${s}
              hour-cycle=${this.hourCycle ?? nothing}
              ?hidden=${hidden}
            ></booking-admin-waitlist>`;
          case 'outbox':
            return html`<booking-admin-outbox
              data-section=${s}
              hour-cycle=${this.hourCycle ?? nothing}
              ?hidden=${hidden}
            ></booking-admin-outbox>`;
          case 'templates':
            return html`<booking-admin-templates data-section=${s} ?hidden=${hidden}></booking-admin-templates>`;
          case 'webhooks':
            return html`<booking-admin-webhooks
              data-section=${s}
              hour-cycle=${this.hourCycle ?? nothing}
              ?hidden=${hidden}
            ></booking-admin-webhooks>`;
          case 'reports':
            return html`<booking-admin-reports
              data-section=${s}
              hour-cycle=${this.hourCycle ?? nothing}
              ?hidden=${hidden}
            ></booking-admin-reports>`;
          case 'explain':
            return html`<booking-admin-explain
              data-section=${s}
              hour-cycle=${this.hourCycle ?? nothing}
              ?hidden=${hidden}
            ></booking-admin-explain>`;
        }
      });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-admin': BookingAdmin;
  }
}
