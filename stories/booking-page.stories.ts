import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define.js';
import type { BookingAdapter } from '../src/contract/adapter.js';
import {
  alwaysTakenAdapter,
  bookDay,
  inLanguage,
  clockAt,
  deepFind,
  failingAdapter,
  NOW,
  pendingAdapter,
  storyAdapter,
  waitFor,
  ZONE,
} from './support.js';
import { BookingError } from '../src/contract/errors.js';
import { contractHandlers, failingServer, serveAt, STORY_API } from './msw.js';

interface Args {
  lang: string;
  timeZone: string;
  hourCycle: '' | 'h12' | 'h23';
  service: string;
  theme: 'light' | 'dark';
  accent: string;
  now: number;
  /** The server's base URL: the page talks HTTP (msw answers) instead of using the in-browser adapter. */
  api: string;
}

interface Loaded {
  adapter: BookingAdapter;
}

// Story loaders run after the file's (as in Storybook), and their results are merged into `loaded`.
type Story = StoryObj<Args> & { loaders?: (() => Promise<Partial<Loaded>>)[] };

const meta: Meta<Args> = {
  title: 'Customer/booking-page',
  component: 'booking-page',
  args: { lang: 'en-GB', timeZone: ZONE, hourCycle: '', service: '', theme: 'light', accent: '', now: NOW, api: '' },
  argTypes: {
    lang: { control: 'select', options: ['en-GB', 'en-US', 'da', 'de', 'fr', 'nl', 'pl'] },
    timeZone: { control: 'select', options: [ZONE, 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'] },
    hourCycle: { control: 'inline-radio', options: ['', 'h12', 'h23'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    accent: { control: 'color' },
  },
  loaders: [(): Promise<Loaded> => Promise.resolve({ adapter: storyAdapter() })],
  render: (args, { loaded }) => {
    const { adapter } = loaded as Loaded;
    const frame = {
      colorScheme: args.theme,
      background: args.theme === 'dark' ? '#121212' : '#ffffff',
      padding: '16px',
      ...(args.accent ? { '--booking-color-accent': args.accent } : {}),
    };
    return html`<div style=${styleMap(frame)}>
      <booking-page
        lang=${args.lang}
        time-zone=${args.timeZone}
        hour-cycle=${args.hourCycle || nothing}
        service=${args.service || nothing}
        api=${args.api || nothing}
        .adapter=${args.api ? undefined : adapter}
        .clock=${clockAt(args.now)}
      ></booking-page>
    </div>`;
  },
};
export default meta;

const loader = (make: () => BookingAdapter | Promise<BookingAdapter>) => [
  async (): Promise<Loaded> => ({ adapter: await make() }),
];

/** The first step: the clinic's services. */
export const Services: Story = {};

/** A one-service page (`service` attribute) opens on the calendar. */
export const OneServicePage: Story = { args: { service: 'cleaning' } };

export const Loading: Story = { loaders: loader(pendingAdapter) };

export const LoadError: Story = { loaders: loader(failingAdapter) };

export const Unpublished: Story = {
  loaders: loader(() => storyAdapter((c) => (c.bookingPageSettings.isPublished = false))),
};

export const SignInRequired: Story = {
  loaders: loader(() => storyAdapter((c) => (c.bookingPageSettings.accessControl = 'restrictedToOrganization'))),
};

/** No free times in the whole booking window. */
export const NoFreeTimes: Story = {
  args: { service: 'cleaning' },
  loaders: loader(() =>
    storyAdapter((c) =>
      c.schedulingPolicy.customAvailabilities.push({
        startDate: '2026-11-30',
        endDate: '2027-03-31',
        availabilityType: 'notBookable',
      }),
    ),
  ),
};

/** Tuesday 1 December is fully booked: the calendar shows it without times, with the reason. */
export const FullyBookedDay: Story = {
  args: { service: 'video-consultation' },
  loaders: loader(async () => {
    const adapter = storyAdapter();
    await bookDay(adapter, 'video-consultation', '2026-12-01');
    return adapter;
  }),
};

/** A class with one seat left. */
export const GroupClassAlmostFull: Story = {
  args: { service: 'back-care-class' },
  loaders: loader(async () => {
    const adapter = storyAdapter();
    await bookDay(adapter, 'back-care-class', '2026-12-01', 7);
    return adapter;
  }),
};

/** The week Europe moves to summer time (28 March 2027), seen from New York, which moved two weeks earlier. */
export const DaylightSavingWeek: Story = {
  args: { service: 'cleaning', timeZone: 'America/New_York', lang: 'en-US', now: Date.parse('2027-03-25T12:00:00Z') },
  loaders: loader(() => storyAdapter(undefined, Date.parse('2027-03-25T12:00:00Z'))),
};

/** Another customer took the time first: the page says so and shows the times still free. */
export const SlotJustTaken: Story = {
  args: { service: 'cleaning' },
  loaders: loader(alwaysTakenAdapter),
  play: async ({ canvasElement }) => {
    const slot = await waitFor(() => deepFind<HTMLButtonElement>(canvasElement, 'button[part~="slot"]'));
    slot.click();
    const name = await waitFor(() => deepFind<HTMLInputElement>(canvasElement, 'input[name="name"]'));
    const fill = (input: HTMLInputElement, value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    fill(name, 'Mette Hansen');
    fill(deepFind<HTMLInputElement>(canvasElement, 'input[name="emailAddress"]')!, 'mette@example.com');
    deepFind<HTMLInputElement>(canvasElement, 'input[name="answer:first-visit"]')!.click();
    deepFind<HTMLInputElement>(canvasElement, 'input[name="consent"]')!.click();
    deepFind<HTMLButtonElement>(canvasElement, 'button[type="submit"]')!.click();
    await waitFor(() => deepFind(canvasElement, '[part~="notice"]'));
  },
};

/** Fills the details form as a customer would (name, email, the required question, consent). */
function fillDetails(canvasElement: HTMLElement) {
  const fill = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  fill(deepFind<HTMLInputElement>(canvasElement, 'input[name="name"]')!, 'Mette Hansen');
  fill(deepFind<HTMLInputElement>(canvasElement, 'input[name="emailAddress"]')!, 'mette@example.com');
  deepFind<HTMLInputElement>(canvasElement, 'input[name="answer:first-visit"]')!.click();
  deepFind<HTMLInputElement>(canvasElement, 'input[name="consent"]')!.click();
}

/** A time chosen: the details step, with the choice summed up above the form. */
export const DetailsStep: Story = {
  args: { service: 'cleaning' },
  play: async ({ canvasElement }) => {
    (await waitFor(() => deepFind<HTMLButtonElement>(canvasElement, 'button[part~="slot"]'))).click();
    await waitFor(() => deepFind(canvasElement, 'input[name="name"]'));
  },
};

/** Book pressed with nothing filled in: each field says what is missing (email or phone). */
export const DetailsWithErrors: Story = {
  args: { service: 'cleaning' },
  play: async ({ canvasElement }) => {
    (await waitFor(() => deepFind<HTMLButtonElement>(canvasElement, 'button[part~="slot"]'))).click();
    await waitFor(() => deepFind(canvasElement, 'input[name="name"]'));
    deepFind<HTMLButtonElement>(canvasElement, 'button[type="submit"]')!.click();
    await waitFor(() => deepFind(canvasElement, '[id="emailAddress-error"]'));
  },
};

/** Booked: the confirmation, with the calendar file, Google Calendar and the private manage link. */
export const Confirmation: Story = {
  args: { service: 'cleaning' },
  play: async ({ canvasElement }) => {
    (await waitFor(() => deepFind<HTMLButtonElement>(canvasElement, 'button[part~="slot"]'))).click();
    await waitFor(() => deepFind(canvasElement, 'input[name="name"]'));
    fillDetails(canvasElement);
    deepFind<HTMLButtonElement>(canvasElement, 'button[type="submit"]')!.click();
    await waitFor(() => deepFind(canvasElement, '.done-mark'));
  },
};

export const Dark: Story = { args: { theme: 'dark' } };

export const BrandColour: Story = { args: { accent: '#7a2e8e' } };

export const Phone: Story = {
  args: { service: 'cleaning' },
  parameters: { viewport: { defaultViewport: 'mobile1' } },
  decorators: [(story) => html`<div style="max-width: 360px">${story()}</div>`],
};

export const TwelveHourClock: Story = { args: { service: 'cleaning', hourCycle: 'h12' } };

// One story per language: the one-service page, so the calendar, the times and the time-zone
// choice show each language's words and its date and time formats. The catalogue loads before the
// story renders (it is its own chunk), so the story shows the language at once.

const inLanguageStory = (lang: string, args: Partial<Args> = {}): Story => ({
  args: { lang, service: 'cleaning', ...args },
  loaders: [inLanguage(lang)],
});

export const BritishEnglish: Story = inLanguageStory('en-GB');
/** US English with a 12-hour clock, seen from New York. */
export const AmericanEnglish: Story = inLanguageStory('en-US', { hourCycle: 'h12', timeZone: 'America/New_York' });
export const Danish: Story = inLanguageStory('da');
export const German: Story = inLanguageStory('de');
export const French: Story = inLanguageStory('fr');
export const Dutch: Story = inLanguageStory('nl');
export const Polish: Story = inLanguageStory('pl');

// Over HTTP: `api=` gives the page the HTTP adapter; msw's service worker answers with the REST
// contract's request handler in front of the seeded reference adapter (stories/msw.ts).

const overHttp = (path: string, latency = 0): Story['loaders'] => [
  async () => {
    const api = `${STORY_API}/${path}`;
    await serveAt(api, contractHandlers(api, storyAdapter(), { latency }));
    return {};
  },
];

/** The services from a server speaking the REST contract. */
export const OverHttp: Story = { args: { api: `${STORY_API}/booking-page` }, loaders: overHttp('booking-page') };

/** Every answer takes 1.5 s: the loading states of the page and then of the free times. */
export const OverHttpSlowNetwork: Story = {
  args: { api: `${STORY_API}/booking-page-slow`, service: 'cleaning' },
  loaders: overHttp('booking-page-slow', 1500),
};

/** The server answers 500 with a problem document: the error, and a way to try again. */
export const OverHttpServerError: Story = {
  args: { api: `${STORY_API}/booking-page-error` },
  loaders: [
    async () => {
      const api = `${STORY_API}/booking-page-error`;
      await serveAt(api, failingServer(api, new BookingError('network', 'The database did not answer.'), 500));
      return {};
    },
  ],
};
