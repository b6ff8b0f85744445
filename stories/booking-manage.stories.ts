import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';
import type { ReferenceAdapter } from '../src/adapters/reference/reference-adapter.js';
import { bookOne, clockAt, NOW, storyAdapter, ZONE } from './support.js';

interface Args {
  lang: string;
  now: number;
}

interface Loaded {
  adapter: ReferenceAdapter;
  appointmentId: string;
  token: string;
}

type Story = StoryObj<Args> & { loaders?: (() => Promise<Loaded>)[] };

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
  args: { lang: 'en-GB', now: NOW },
  loaders: booked(),
  render: (args, { loaded }) => {
    const { adapter, appointmentId, token } = loaded as Loaded;
    return html`<booking-manage
      lang=${args.lang}
      time-zone=${ZONE}
      appointment-id=${appointmentId}
      token=${token}
      booking-page-url="#"
      .adapter=${adapter}
      .clock=${clockAt(args.now)}
    ></booking-manage>`;
  },
};
export default meta;

/** The booking, with change and cancel until the R6 cut-off. */
export const Booked: Story = {};

/** Past the cut-off (start − minimum lead time): says until when changes were possible. */
export const AfterCutOff: Story = { args: { now: Date.parse('2026-12-02T08:30:00Z') } };

export const Cancelled: Story = {
  loaders: booked((adapter, id, token) => adapter.cancel({ appointmentId: id, manageToken: token, reason: 'Ill' })),
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
