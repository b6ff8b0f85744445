import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { BookingAdapter, BookingAdminAdapter } from '../../contract/adapter.js';
import { BookingError } from '../../contract/errors.js';
import { ROLE_PERMISSIONS, type Permissions } from '../../contract/roles.js';
import { resolveAdminAdapter } from '../../adapters/resolve-admin-adapter.js';
import { clockContext, type Clock } from '../../context/keys.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { parseRruleSyntax } from '../../core/rrule-syntax.js';
import { BookingAdminChangedEvent, type BookingAdminChangedDetail } from '../../events/booking-admin-changed.js';
import type { AdminMessages } from '../../i18n/en-admin.js';
import type { HourCycle } from '../../i18n/format.js';
import { adminSessionContext, type AdminSession } from './admin-context.js';
import { focusFirstInvalid, inputField } from './admin-fields.js';
import { adminMessagesFor } from './admin-messages.js';
import { useRruleSyntax } from '../../schemas/rrule-checker.js';

// The panels check whole configurations as staff edit them, rules included (rrule-checker.ts).
useRruleSyntax(parseRruleSyntax);

/** The parts of a `Task` the render helpers read, so tasks of any argument list fit. */
export interface TaskView<T> {
  readonly status: TaskStatus;
  readonly value: T | undefined;
  readonly error: unknown;
  run(): Promise<void>;
}

/** A bearer token, or a function that returns the current one (called before every request). */
export type AuthToken = string | (() => string | undefined | Promise<string | undefined>);

/**
 * What every back-office panel shares: where its adapter comes from (the `<booking-admin>` around
 * it, else its own attributes), who is signed in and what their role allows (R18), the clock,
 * the catalogue, the polite live region and the loading and error states.
 */
export class AdminElement extends LitElement {
  @consume({ context: adminSessionContext, subscribe: true })
  @state()
  protected contextSession: AdminSession | undefined;

  @consume({ context: clockContext, subscribe: true })
  @state()
  protected contextClock: Clock | undefined;

  protected locale = new LocaleController(this);

  @state() protected announcement = '';
  /** Bumped by `refresh()`; data tasks list it in their arguments. */
  @state() protected reload = 0;
  /** The business chosen in the switcher (R20); the `business` attribute until then. */
  @state() protected switchedBusiness = '';
  /** Bumped when the built-in sign-in stores or drops a token, so the session loads again. */
  @state() protected signInVersion = 0;
  @state() private signInForm = { email: '', password: '', busy: false, error: '', emailError: '', passwordError: '' };

  /** The business to manage; default: the signed-in staff member's own. */
  @property() business = '';
  /** Reference adapter: URL of a business configuration JSON (shared with `<booking-page>` on the same URL). */
  @property({ attribute: 'config-src' }) configSrc = '';
  /** Reference adapter: the id of the staff member to act as; their role applies. */
  @property({ attribute: 'staff-member' }) staffMember = '';
  /** Base URL of a server speaking the REST contract; set `authToken` too. */
  @property() api = '';
  /** With `api`: the bearer token, or a function returning the current one. */
  @property({ attribute: false }) authToken: AuthToken | undefined;
  /** The admin backend (a `BookingAdminAdapter`). Overrides `api` and `config-src`. */
  @property({ attribute: false }) adapter: BookingAdminAdapter | undefined;
  /** The customer side, for free times when booking on a customer's behalf; default: `adapter` when it has one. */
  @property({ attribute: false }) bookingAdapter: BookingAdapter | undefined;
  /** The clock (`() => epoch ms`); tests and stories pass a fixed one. */
  @property({ attribute: false }) clock: Clock | undefined;
  /** `h12` or `h23`; default: the language's own, as on the booking page for the same `lang`. */
  @property({ attribute: 'hour-cycle' }) hourCycle: HourCycle | undefined;

  protected sessionTask = new Task(this, {
    task: async ([context, adapter, bookingAdapter, api, configSrc, staffMember, business, switched], { signal }) => {
      if (context) return context;
      // Its own sign-in and no token yet: straight to the form, without a request the server would refuse.
      if (this.signsInItself && !(await this.currentToken())) {
        throw new BookingError('sign-in-required', 'Sign in first.');
      }
      const resolved = await resolveAdminAdapter({
        adapter,
        bookingAdapter,
        api,
        configSrc,
        staffMember,
        business,
        getAuthToken: () => this.currentToken(),
      });
      if (!resolved) return null;
      const { admin, booking } = resolved;
      const [home, businesses] = await Promise.all([
        admin.getBusiness({ ...(business ? { businessId: business } : {}) }, { signal }),
        admin.listBusinesses({}, { signal }),
      ]);
      const businessId = switched || home.id;
      const mine = businesses.find((b) => b.id === businessId);
      if (!mine) throw new BookingError('forbidden', 'Not a staff member of this business.');
      const current = businessId === home.id ? home : await admin.getBusiness({ businessId }, { signal });
      const session: AdminSession = {
        admin,
        booking,
        businessId,
        businessTimeZone: current.businessTimeZone,
        staffMemberId: mine.staffMemberId,
        staffMemberName:
          current.staffMembers.find((s) => s.id === mine.staffMemberId)?.displayName ?? mine.staffMemberId,
        role: mine.role,
        businesses,
      };
      return session;
    },
    args: () =>
      [
        this.contextSession,
        this.adapter,
        this.bookingAdapter,
        this.api,
        this.configSrc,
        this.staffMember,
        this.business,
        this.switchedBusiness,
        this.signInVersion,
      ] as const,
  });

  /**
   * Whether this element signs staff in itself: with `api` and no `authToken` from the page, it
   * shows a sign-in form and keeps the server's token in this tab's `sessionStorage`.
   */
  protected get signsInItself(): boolean {
    return this.api !== '' && this.authToken === undefined && this.adapter === undefined;
  }

  private get tokenKey(): string {
    return `booking-elements:staff-token:${new URL(this.api, location.href).href}`;
  }

  /** The token of the built-in sign-in, if this tab has one. */
  protected storedToken(): string | undefined {
    try {
      return sessionStorage.getItem(this.tokenKey) ?? undefined;
    } catch {
      return undefined; // storage blocked (e.g. a sandboxed frame): sign in again on every load
    }
  }

  private currentToken() {
    if (this.authToken !== undefined) return typeof this.authToken === 'function' ? this.authToken() : this.authToken;
    return this.api ? (this.storedToken() ?? this.fallbackToken) : undefined;
  }

  private async handleSignIn(e: SubmitEvent) {
    e.preventDefault();
    const m = this.m;
    const form = this.signInForm;
    const email = form.email.trim();
    const emailError = email === '' ? m.fieldRequired : '';
    const passwordError = form.password === '' ? m.fieldRequired : '';
    if (emailError || passwordError) {
      this.signInForm = { ...form, error: '', emailError, passwordError };
      await this.updateComplete;
      focusFirstInvalid(this.renderRoot);
      return;
    }
    this.signInForm = { ...form, busy: true, error: '', emailError: '', passwordError: '' };
    try {
      const { signInStaff } = await import('../../adapters/http/staff-sign-in.js');
      const { token } = await signInStaff(this.api, { email, password: form.password });
      try {
        sessionStorage.setItem(this.tokenKey, token);
      } catch {
        // Without storage the token lives only as long as the form's state below.
      }
      this.signInForm = { email, password: '', busy: false, error: '', emailError: '', passwordError: '' };
      this.fallbackToken = token;
      this.signInVersion++;
    } catch (error) {
      const code = error instanceof BookingError ? error.code : undefined;
      const text =
        code === 'sign-in-required'
          ? m.signInWrong
          : code === 'busy'
            ? m.signInThrottled(Math.max(1, Math.ceil(((error as BookingError).retryAfterMs ?? 60_000) / 60_000)))
            : this.errorText(error);
      this.signInForm = { email, password: '', busy: false, error: text, emailError: '', passwordError: '' };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#sign-in-password')?.focus();
    }
  }

  /** A token kept in memory when `sessionStorage` is unavailable. */
  private fallbackToken: string | undefined;

  /** Ends the built-in sign-in: the server forgets the session and this tab the token. */
  async signOut(): Promise<void> {
    const token = this.storedToken() ?? this.fallbackToken;
    try {
      sessionStorage.removeItem(this.tokenKey);
    } catch {
      // nothing stored
    }
    this.fallbackToken = undefined;
    this.signInForm = { ...this.signInForm, password: '', error: '' };
    this.signInVersion++;
    if (token) {
      const { signOutStaff } = await import('../../adapters/http/staff-sign-in.js');
      await signOutStaff(this.api, token).catch(() => undefined); // the token is gone here either way
    }
  }

  private renderSignIn(ended: boolean) {
    const m = this.m;
    const f = this.signInForm;
    const set = (key: 'email' | 'password') => (e: Event) => {
      this.signInForm = { ...this.signInForm, [key]: (e.target as HTMLInputElement).value, [`${key}Error`]: '' };
    };
    return html`<form class="sign-in" novalidate @submit=${this.handleSignIn} aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">${m.signInTitle}</h2>
      ${
        f.error
          ? html`<div class="notice error" role="alert"><p>${f.error}</p></div>`
          : ended
            ? html`<div class="notice warning" role="status"><p>${m.sessionEnded}</p></div>`
            : nothing
      }
      <div class="fields">
        ${inputField({ id: 'sign-in-email', label: m.signInEmail, type: 'email', value: f.email, required: true, autocomplete: 'username', error: f.emailError || undefined, wide: true, onInput: set('email') })}
        ${inputField({ id: 'sign-in-password', label: m.signInPassword, type: 'password', value: f.password, required: true, autocomplete: 'current-password', error: f.passwordError || undefined, wide: true, onInput: set('password') })}
      </div>
      <div class="actions">
        <button class="button primary" type="submit" ?disabled=${f.busy}>${f.busy ? m.signingIn : m.signIn}</button>
      </div>
    </form>`;
  }

  /** The signed-in session, once known. */
  protected get session(): AdminSession | undefined {
    return this.contextSession ?? this.sessionTask.value ?? undefined;
  }

  /** What the signed-in role may do (R18); nothing until the session is known. */
  protected get perms(): Permissions {
    return ROLE_PERMISSIONS[this.session?.role ?? 'guest'];
  }

  protected get m(): AdminMessages {
    return adminMessagesFor(this.locale.lang);
  }

  /**
   * The locale every date and time is formatted in: the resolved language, with the `hour-cycle`
   * attribute as its Unicode extension when set (`en-GB-u-hc-h12`), so times read as on the
   * booking page for the same `lang`.
   */
  protected get language(): string {
    const lang = this.locale.lang;
    if (!this.hourCycle) return lang;
    try {
      return new Intl.Locale(lang, { hourCycle: this.hourCycle }).toString();
    } catch {
      return lang;
    }
  }

  protected get now(): number {
    return (this.clock ?? this.contextClock ?? Date.now)();
  }

  /** Input for an adapter call in the managed business. */
  protected scope(): { businessId: string } {
    return { businessId: this.session?.businessId ?? '' };
  }

  protected announce(text: string): void {
    // Re-setting identical text would not be spoken again; a trailing no-break space makes it differ.
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  protected changed(detail: Omit<BookingAdminChangedDetail, 'businessId'>): void {
    this.dispatchEvent(new BookingAdminChangedEvent({ businessId: this.session?.businessId ?? '', ...detail }));
  }

  /** A failed call in words from the catalogue; `forbidden` says so plainly (R18). */
  protected errorText(error: unknown): string {
    const m = this.m;
    if (!(error instanceof BookingError)) return m.unknownError;
    switch (error.code) {
      case 'forbidden':
        return m.forbidden;
      case 'busy':
        return m.busy;
      case 'network':
        return m.network;
      case 'not-found':
        return m.notFound;
      case 'sign-in-required':
        return m.signInAgain;
      case 'policy-violation':
        // R16: a published page cannot offer an online service without a meeting-link provider.
        return error.issues.some((i) => i.path.endsWith('.meetingProvider'))
          ? m.meetingProviderMissing
          : error.message || m.unknownError;
      default:
        return error.message || m.unknownError;
    }
  }

  /** Moves focus to the panel's heading (after it is opened from a navigation). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  /** Runs a section's tasks again (e.g. when the section is shown after changes elsewhere). */
  refresh(): void {
    this.reload++;
  }

  /**
   * A panel's frame: its heading (where the focus goes after a record is deleted), `body` once the
   * session may see it (`renderGate`), and the live region that speaks what happened.
   */
  protected renderPanelFrame(heading: string, body: (session: AdminSession) => unknown) {
    return html`<section class="panel" aria-labelledby="heading">
      <h2 id="heading" tabindex="-1">${heading}</h2>
      ${this.renderGate(body)} ${this.renderLiveRegion()}
    </section>`;
  }

  protected renderLiveRegion() {
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }

  /** The session's loading, error and "not configured" states; `ready` once it is known. */
  protected renderGate(ready: (session: AdminSession) => unknown) {
    const m = this.m;
    // While another language's catalogues load, keep the loading state: no English flashes by first.
    if (!this.locale.ready) return this.renderLoading();
    const session = this.session;
    if (session) return ready(session);
    const task = this.sessionTask;
    if (task.status === TaskStatus.ERROR) {
      const error = task.error;
      const code = error instanceof BookingError ? error.code : undefined;
      if (code === 'sign-in-required' && this.signsInItself) {
        return this.renderSignIn(this.storedToken() !== undefined);
      }
      if (code === 'sign-in-required') {
        // The reference adapter needs to be told whom to act as; a server needs a (new) sign-in.
        const text = this.configSrc && !this.staffMember ? m.chooseStaffMember : m.signInAgain;
        return html`<div class="state" role="status"><p>${text}</p></div>`;
      }
      if (code === 'forbidden') return html`<div class="state" role="alert"><p>${m.noAccess}</p></div>`;
      return html`<div class="state" role="alert">
        <p>${this.errorText(error)}</p>
        <button class="button" type="button" @click=${() => void task.run()}>${m.retry}</button>
      </div>`;
    }
    if (task.status === TaskStatus.COMPLETE && task.value === null) {
      return html`<div class="state" role="alert"><p>${m.noAdapter}</p></div>`;
    }
    return this.renderLoading();
  }

  protected renderLoading() {
    return html`<div class="loading" aria-busy="true">
      <span role="status">${this.m.loading}</span>
      <div class="skeleton"></div>
      <div class="skeleton"></div>
      <div class="skeleton"></div>
    </div>`;
  }

  /** A data task's states: its last value stays on screen (marked busy) while it reloads. */
  protected renderTask<T>(task: TaskView<T>, complete: (value: T) => unknown) {
    if (task.status === TaskStatus.ERROR) {
      return html`<div class="notice error" role="alert">
        <p>${this.errorText(task.error)}</p>
        <button class="button" type="button" @click=${() => void task.run()}>${this.m.retry}</button>
      </div>`;
    }
    if (task.value === undefined) return this.renderLoading();
    return html`<div class="task" aria-busy=${task.status === TaskStatus.PENDING ? 'true' : 'false'}>
      ${complete(task.value)}
    </div>`;
  }

  /** A notice with an error and, for R18b refusals and invalid input, the issues the adapter listed. */
  protected renderError(error: unknown) {
    if (error === undefined || error === null || error === '') return nothing;
    const text = typeof error === 'string' ? error : this.errorText(error);
    const issues =
      error instanceof BookingError && error.code === 'policy-violation'
        ? error.issues.filter((i) => i.path.startsWith('appointments.')).map((i) => i.message)
        : [];
    return html`<div class="notice error" role="alert">
      <p>${issues.length ? this.m.refusedUpcoming(issues.length) : text}</p>
      ${
        issues.length
          ? html`<ul>
              ${issues.map((i) => html`<li>${i}</li>`)}
            </ul>`
          : nothing
      }
    </div>`;
  }
}
