import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/define.js';
import type { BookingAdapter } from '../src/contract/adapter.js';
import type { BookingButton } from '../src/elements/booking-button/booking-button.js';
import { clockAt, deepFind, NOW, storyAdapter, waitFor, ZONE } from './support.js';

interface Args {
  lang: string;
  floating: '' | 'bottom-right' | 'bottom-left';
  label: string;
  theme: 'light' | 'dark';
  now: number;
}

interface Loaded {
  adapter: BookingAdapter;
}

type Story = StoryObj<Args>;

/** Opens the story's popup, as a click would, and waits for its booking page. */
async function openPopup(canvasElement: HTMLElement): Promise<void> {
  const button = await waitFor(() => canvasElement.querySelector<BookingButton>('booking-button'));
  await button.open();
  await waitFor(() => deepFind(canvasElement, 'button[part~="service"]'));
}

const meta: Meta<Args> = {
  title: 'Customer/booking-button',
  component: 'booking-button',
  args: { lang: 'en-GB', floating: '', label: '', theme: 'light', now: NOW },
  argTypes: {
    lang: { control: 'select', options: ['en-GB', 'en-US', 'da', 'de', 'fr', 'nl', 'pl'] },
    floating: { control: 'inline-radio', options: ['', 'bottom-right', 'bottom-left'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  loaders: [(): Promise<Loaded> => Promise.resolve({ adapter: storyAdapter() })],
  render: (args, { loaded }) => {
    const { adapter } = loaded as Loaded;
    const dark = args.theme === 'dark';
    const frame = {
      colorScheme: args.theme,
      background: dark ? '#121212' : '#ffffff',
      color: dark ? '#f0f0f2' : '#1b1b1f',
      padding: '16px',
      minHeight: '120px',
    };
    return html`<div style=${styleMap(frame)}>
      ${
        dark
          ? nothing
          : html`<p>
              A clinic's own page. Any link can open the booking popup:
              <a href="#book" data-booking-open>book an appointment</a>.
            </p>`
      }
      <booking-button
        lang=${args.lang}
        time-zone=${ZONE}
        floating=${ifDefined(args.floating || undefined)}
        .adapter=${adapter}
        .clock=${clockAt(args.now)}
        >${args.label}</booking-button
      >
    </div>`;
  },
};
export default meta;

export const Button: Story = {};

export const OwnText: Story = { args: { label: 'Book your check-up' } };

export const Floating: Story = { args: { floating: 'bottom-right' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const Open: Story = { play: async ({ canvasElement }) => openPopup(canvasElement) };

export const OpenDark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => openPopup(canvasElement),
};
