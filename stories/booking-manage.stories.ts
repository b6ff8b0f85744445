import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define.js';
import type { ReferenceAdapter } from '../src/adapters/reference/reference-adapter.js';
import { bookOne, clockAt, deepFind, inLanguage, NOW, storyAdapter, waitFor, ZONE } from './support.js';

interface Args {
  lang: string;
  now: number;
  timeZone: string;
  hourCycle: '' | 'h12' | 'h23';
}

interface Loaded {
  adapter: ReferenceAdapter;
  appointmentId: string;
  token: string;
}

// Story loaders run after the file's (as in Storybook), and their results are merged into `loaded`.
type Story = StoryObj<Args> & { loaders?: (() => Promise<Partial<Loaded>>)[] };

const booked = (prepare?: (adapter: ReferenceAdapter, id: string, token: string) => Promise<unknown>) => [
  async (): Promise<Loaded> => {
    const adapter = storyAdapter();
    const { appointment, manageToken } = await bookOne(adapter);
    await prepare?.(adapter, appointment.id, manageToken);
    return { adapter, appointmentId: appointment.id, token: manageToken };
  },
];

const meta: Meta<Args> = {
  title: 'Customer/booking-manage',
  component: 'booking-manage',
  args: { lang: 'en-GB', now: NOW, timeZone: ZONE, hourCycle: '' },
  argTypes: {
    lang: { control: 'select', options: ['en-GB', 'en-US', 'da', 'de', 'fr', 'nl', 'pl'] },
    timeZone: { control: 'select', options: [ZONE, 'America/New_York', 'Asia/Kolkata'] },
    hourCycle: { control: 'inline-radio', options: ['', 'h12', 'h23'] },
  },
  loaders: booked(),
  render: (args, { loaded }) => {
    const { adapter, appointmentId, token } = loaded as Loaded;
    return html`<booking-manage
      lang=${args.lang}
      time-zone=${args.timeZone}
      hour-cycle=${args.hourCycle || nothing}
      appointment-id=${appointmentId}
      token=${token}
      booking-page-url="#"
      .adapter=${adapter}
      .clock=${clockAt(args.now)}
    ></booking-manage>`;
  },
};
export default meta;

/** The booking, with change and cancel until the cut-off (the minimum lead time before it starts). */
export const Booked: Story = {};

/** Past the cut-off (start − minimum lead time): says until when changes were possible. */
export const AfterCutOff: Story = { args: { now: Date.parse('2026-12-02T08:30:00Z') } };

export const Cancelled: Story = {
  loaders: booked((adapter, id, token) => adapter.cancel({ appointmentId: id, manageToken: token, reason: 'Ill' })),
};

/** "Change the time": the calendar and the free times for the same service. */
export const Rescheduling: Story = {
  play: async ({ canvasElement }) => {
    const change = await waitFor(() =>
      [...(deepFind(canvasElement, 'booking-manage')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) =>
        b.classList.contains('primary'),
      ),
    );
    change.click();
    await waitFor(() => deepFind(canvasElement, 'button[part~="slot"]'));
  },
};

/** A new time chosen: the button says where the booking moves to. */
export const RescheduleTimeChosen: Story = {
  play: async (context) => {
    await Rescheduling.play!(context);
    const { canvasElement } = context;
    const slots = () => [
      ...(deepFind(canvasElement, 'booking-slot-list')?.shadowRoot?.querySelectorAll<HTMLButtonElement>(
        'button[part~="slot"]',
      ) ?? []),
    ];
    (await waitFor(() => slots()[2])).click();
    await waitFor(() => deepFind(canvasElement, 'button[part~="slot"][aria-pressed="true"]'));
  },
};

/** A wrong or outdated link. */
export const NotFound: Story = {
  render: (args, { loaded }) => {
    const { adapter, appointmentId } = loaded as Loaded;
    return html`<booking-manage
      lang=${args.lang}
      appointment-id=${appointmentId}
      token="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
      .adapter=${adapter}
      .clock=${clockAt(args.now)}
    ></booking-manage>`;
  },
};

/** The link lost its id or token (e.g. cut off by an email client). */
export const IncompleteLink: Story = {
  render: (args, { loaded }) =>
    html`<booking-manage lang=${args.lang} token="" .adapter=${(loaded as Loaded).adapter}></booking-manage>`,
};

// One story per language. The catalogue loads before the story renders (it is its own chunk).
const inLanguageStory = (lang: string, args: Partial<Args> = {}): Story => ({
  args: { lang, ...args },
  loaders: [inLanguage(lang)],
});

export const BritishEnglish: Story = inLanguageStory('en-GB');
export const AmericanEnglish: Story = inLanguageStory('en-US', { hourCycle: 'h12', timeZone: 'America/New_York' });
export const Danish: Story = inLanguageStory('da');
export const German: Story = inLanguageStory('de');
export const French: Story = inLanguageStory('fr');
export const Dutch: Story = inLanguageStory('nl');
export const Polish: Story = inLanguageStory('pl');
