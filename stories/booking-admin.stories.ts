import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import type { BookingAdminAdapter } from '../src/contract/adapter.js';
import { BookingError } from '../src/contract/errors.js';
import { adminAdapterInputSchemas } from '../src/schemas/admin.js';
import type { ReferenceAdapter } from '../src/adapters/reference/reference-adapter.js';
import type { AdminSectionName } from '../src/elements/booking-admin/booking-admin.js';
import { clockAt, deepFind, inLanguage, NOW, storyAdapter, ZONE } from './support.js';
import { contractHandlers, serveAt, signInHandlers, SIGN_IN, STORY_API, TOKENS } from './msw.js';

interface Args {
  lang: string;
  now: number;
  staffMember: string;
  section: AdminSectionName;
}

interface Loaded {
  adapter: ReferenceAdapter;
}

// Story loaders run after the file's (as in Storybook), and their results are merged into `loaded`.
type Story = StoryObj<Args> & { loaders?: (() => Promise<Partial<Loaded>>)[] };

const customer = (name: string) => ({
  name,
  emailAddress: `${name.split(' ')[0].toLowerCase()}@example.com`,
  timeZone: ZONE,
});

/** Polls for an element through shadow roots (the back office's trees are large: no full-tree waits). */
async function find<T extends HTMLElement>(root: ParentNode, selector: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const hit = deepFind<T>(root, selector);
    if (hit) return hit;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${selector} never appeared`);
}

/** The sample clinic with a viewer and a guest, and a morning of bookings on Monday 30 November. */
async function clinic(): Promise<Loaded> {
  const adapter = storyAdapter((config) => {
    for (const [id, displayName, role] of [
      ['vera', 'Vera Holm', 'viewer'],
      ['gus', 'Gus Berg', 'guest'],
    ] as const) {
      config.staffMembers.push({
        id,
        displayName,
        emailAddress: `${id}@contoso.example`,
        role,
        useBusinessHours: true,
        availabilityIsAffectedByPersonalCalendar: false,
        isBookable: false,
      });
    }
  });
  const anna = adapter.asStaff('anna');
  const book = (serviceId: string, staffMemberId: string, start: string, name: string, answers: object[]) =>
    anna.createAppointment({
      serviceId,
      staffMemberId,
      start,
      customer: customer(name),
      answers: answers as never,
      overrideLeadTime: true,
    });
  await book('cleaning', 'anna', '2026-11-30T09:00:00Z', 'Mette Hansen', [{ questionId: 'first-visit', answer: 'No' }]);
  await book('cleaning', 'dora', '2026-11-30T09:00:00Z', 'Lars Bo', [{ questionId: 'first-visit', answer: 'Yes' }]);
  await book('video-consultation', 'carl', '2026-11-30T10:00:00Z', 'Sofie Lund', [
    { questionId: 'health-notes', answer: 'Jaw pain' },
  ]);
  for (const name of ['Ida Holm', 'Jon Berg', 'Ane Dahl']) {
    await book('back-care-class', 'carl', '2026-11-30T11:00:00Z', name, [
      { questionId: 'pain-areas', selectedOptions: ['Neck'] },
    ]);
  }
  return { adapter };
}

/** An admin adapter whose every method answers with `answer()`. */
function adminAdapter(answer: () => Promise<never>): BookingAdminAdapter {
  return Object.fromEntries(
    Object.keys(adminAdapterInputSchemas).map((k) => [k, answer]),
  ) as unknown as BookingAdminAdapter;
}

const meta: Meta<Args> = {
  title: 'Admin/booking-admin',
  component: 'booking-admin',
  args: { lang: 'en-GB', now: NOW, staffMember: 'anna', section: 'calendar' },
  argTypes: {
    staffMember: { control: 'select', options: ['anna', 'ben', 'carl', 'vera', 'gus'] },
    section: {
      control: 'select',
      options: [
        'calendar',
        'services',
        'staff',
        'business',
        'translations',
        'customers',
        'outbox',
        'templates',
        'webhooks',
        'reports',
        'explain',
      ],
    },
  },
  loaders: [clinic],
  render: (args, { loaded }) => {
    const { adapter } = loaded as Loaded;
    return html`<booking-admin
      lang=${args.lang}
      section=${args.section}
      .adapter=${adapter.asStaff(args.staffMember)}
      .bookingAdapter=${adapter}
      .clock=${clockAt(args.now)}
    ></booking-admin>`;
  },
};
export default meta;

/** The day's appointments per staff member, and the day's list, for an administrator. */
export const Calendar: Story = {};

/** A class session selected: its attendees and seats. */
export const ClassSession: Story = {
  play: async ({ canvasElement }) => {
    (await find(canvasElement, 'button.session[data-key^="back-care-class"]')).click();
    await find(canvasElement, '.details');
  },
};

/** Booking on a customer's behalf: the free times from the customer side, and the details. */
export const NewBooking: Story = {
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '.toolbar .button.primary')).click();
    await find(canvasElement, 'button[part~="slot"]');
  },
};

export const Services: Story = { args: { section: 'services' } };
export const Staff: Story = { args: { section: 'staff' } };
export const Business: Story = { args: { section: 'business' } };
/** The clinic's texts beside another language; missing translations are marked and counted. */
export const Translations: Story = { args: { section: 'translations' } };
/** Translations read by a viewer: the texts without controls. */
export const TranslationsReadOnly: Story = { args: { section: 'translations', staffMember: 'vera' } };
export const Customers: Story = { args: { section: 'customers' } };
export const Outbox: Story = { args: { section: 'outbox' } };
export const Templates: Story = { args: { section: 'templates' } };
export const TemplatesDanish: Story = { args: { lang: 'da', section: 'templates' }, loaders: [inLanguage('da')] };
/** Webhook subscriptions: one active, one paused, with their signing secrets and delivery logs. */
export const Webhooks: Story = {
  args: { section: 'webhooks' },
  loaders: [
    async () => {
      const { adapter } = await clinic();
      const admin = adapter.asStaff('anna');
      await admin.createWebhook({
        webhook: {
          url: 'https://crm.example.com/hooks/bookings',
          events: ['appointment.created', 'appointment.cancelled'],
          description: 'Our CRM',
        },
      });
      await admin.createWebhook({
        webhook: { url: 'https://automate.example.net/in/3f9a', events: ['customer.created'], enabled: false },
      });
      return { adapter };
    },
  ],
};
export const Reports: Story = { args: { section: 'reports' } };
export const WhyNotBookable: Story = { args: { section: 'explain' } };

/** A scheduler: bookings and customers; settings read-only, no reports. */
export const Scheduler: Story = { args: { staffMember: 'ben', section: 'services' } };

/** A team member: their own appointments, hours and time off. */
export const TeamMember: Story = { args: { staffMember: 'carl', section: 'staff' } };

/** A viewer: everything, read-only. */
export const Viewer: Story = { args: { staffMember: 'vera', section: 'business' } };

/** A guest can be booked but has no access to the back office. */
export const NoAccess: Story = { args: { staffMember: 'gus' } };

/** The backend has not answered yet. */
export const Loading: Story = {
  render: (args) => {
    const adapter = adminAdapter(() => new Promise<never>(() => undefined));
    return html`<booking-admin lang=${args.lang} .adapter=${adapter}></booking-admin>`;
  },
};

/** The backend cannot be reached: the error, and a way to try again. */
export const Unreachable: Story = {
  render: (args) => {
    const adapter = adminAdapter(() =>
      Promise.reject(new BookingError('network', 'The booking service could not be reached.')),
    );
    return html`<booking-admin lang=${args.lang} .adapter=${adapter}></booking-admin>`;
  },
};

/** A panel on its own page: the calendar's week, without the back office around it. */
export const StandaloneWeek: Story = {
  render: (args, { loaded }) => {
    const { adapter } = loaded as Loaded;
    return html`<booking-admin-calendar
      lang=${args.lang}
      view="week"
      .adapter=${adapter.asStaff(args.staffMember)}
      .bookingAdapter=${adapter}
      .clock=${clockAt(args.now)}
    ></booking-admin-calendar>`;
  },
};

/** The calendar's month on its own page (issue 19). */
export const StandaloneMonth: Story = {
  render: (args, { loaded }) => {
    const { adapter } = loaded as Loaded;
    return html`<booking-admin-calendar
      lang=${args.lang}
      view="month"
      .adapter=${adapter.asStaff(args.staffMember)}
      .bookingAdapter=${adapter}
      .clock=${clockAt(args.now)}
    ></booking-admin-calendar>`;
  },
};

// In other languages: the catalogues (the customer one and the back office's) load before render.
export const German: Story = { args: { lang: 'de' }, loaders: [inLanguage('de')] };
export const Polish: Story = { args: { lang: 'pl', section: 'services' }, loaders: [inLanguage('pl')] };
export const Danish: Story = { args: { lang: 'da', section: 'business' }, loaders: [inLanguage('da')] };

// Over HTTP: `api=` and a bearer token; msw's service worker answers with the REST contract's
// request handler in front of the sample clinic (stories/msw.ts), and with the booking server's
// sign-in routes: anna@contoso.example / demo-password.

/** The sample clinic behind `{STORY_API}/{path}`, with the sign-in routes; clears this tab's stored sign-in. */
const clinicOverHttp = (path: string) => [
  async (): Promise<Partial<Loaded>> => {
    const api = `${STORY_API}/${path}`;
    const { adapter } = await clinic();
    await serveAt(api, [...signInHandlers(api), ...contractHandlers(api, adapter, { tokens: TOKENS })]);
    // The built-in sign-in keeps its token for the tab: each render of the story starts signed out.
    sessionStorage.removeItem(`booking-elements:staff-token:${new URL(api, location.href).href}`);
    return {};
  },
];

/** The back office of a server speaking the REST contract, signed in with the page's token (whose: `staffMember`). */
export const OverHttp: Story = {
  loaders: clinicOverHttp('admin'),
  render: (args) =>
    html`<booking-admin
      lang=${args.lang}
      section=${args.section}
      api=${`${STORY_API}/admin`}
      .authToken=${`story-token-${args.staffMember}`}
      .clock=${clockAt(args.now)}
    ></booking-admin>`,
};

const signInRender = (path: string) => (args: Args) =>
  html`<booking-admin lang=${args.lang} api=${`${STORY_API}/${path}`} .clock=${clockAt(args.now)}></booking-admin>`;

async function signIn(root: HTMLElement, email: string, password: string): Promise<void> {
  const type = async (selector: string, value: string) => {
    const input = await find<HTMLInputElement>(root, selector);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  await type('#sign-in-email', email);
  await type('#sign-in-password', password);
  (await find(root, 'form.sign-in button[type="submit"]')).click();
}

/** With `api` and no token from the page, the back office signs staff in itself. */
export const OverHttpSignIn: Story = {
  loaders: clinicOverHttp('admin-sign-in'),
  render: signInRender('admin-sign-in'),
};

/** A wrong password: one message for both fields, the email kept. */
export const OverHttpSignInRefused: Story = {
  loaders: clinicOverHttp('admin-sign-in-refused'),
  render: signInRender('admin-sign-in-refused'),
  play: async ({ canvasElement }) => {
    await signIn(canvasElement, SIGN_IN.email, 'not-the-password');
    await find(canvasElement, 'form.sign-in [role="alert"]');
  },
};

/** The right email and password: the back office opens, every request carries the server's token. */
export const OverHttpSignedIn: Story = {
  loaders: clinicOverHttp('admin-signed-in'),
  render: signInRender('admin-signed-in'),
  play: async ({ canvasElement }) => {
    await signIn(canvasElement, SIGN_IN.email, SIGN_IN.password);
    await find(canvasElement, 'header[part~="header"]');
  },
};
