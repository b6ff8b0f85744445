import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/booking-time-picker.js';
import type { ReferenceAdapter } from '../src/adapters/reference/reference-adapter.js';
import type { PublicService } from '../src/schemas/index.js';
import { clockAt, NOW, storyAdapter, ZONE } from './support.js';

interface Loaded {
  adapter: ReferenceAdapter;
  service: PublicService;
}

const meta: Meta = {
  title: 'Parts/booking-time-picker',
  component: 'booking-time-picker',
  loaders: [
    async (): Promise<Loaded> => {
      const adapter = storyAdapter();
      const page = await adapter.getBookingPage({});
      return { adapter, service: page.services.find((s) => s.id === 'cleaning')! };
    },
  ],
  render: (_args, { loaded }) => {
    const { adapter, service } = loaded as Loaded;
    return html`<booking-time-picker
      lang="en-GB"
      .adapter=${adapter}
      .service=${service}
      time-zone=${ZONE}
      business-time-zone=${ZONE}
      .clock=${clockAt(NOW)}
    ></booking-time-picker>`;
  },
};
export default meta;

export const CalendarAndTimes: StoryObj = {};
