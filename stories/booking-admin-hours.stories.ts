import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { WorkHours } from '../src/core/types.js';
import '../src/define/booking-admin-hours.js';
import { inLanguage } from './support.js';

interface Args {
  lang: string;
  readonly: boolean;
}

/** The demo clinic's hours: a lunch break, a late Thursday, Saturday mornings. */
const CLINIC: WorkHours[] = [
  {
    day: 'monday',
    timeSlots: [
      { startTime: '08:00', endTime: '12:00' },
      { startTime: '12:30', endTime: '16:00' },
    ],
  },
  { day: 'tuesday', timeSlots: [{ startTime: '08:00', endTime: '16:00' }] },
  { day: 'wednesday', timeSlots: [{ startTime: '08:00', endTime: '16:00' }] },
  { day: 'thursday', timeSlots: [{ startTime: '10:00', endTime: '18:00' }] },
  { day: 'friday', timeSlots: [{ startTime: '08:00', endTime: '14:00' }] },
  { day: 'saturday', timeSlots: [{ startTime: '09:00', endTime: '12:00' }] },
];

type Story = StoryObj<Args> & { loaders?: (() => Promise<unknown>)[] };

const meta: Meta<Args> = {
  title: 'Back office/booking-admin-hours',
  component: 'booking-admin-hours',
  args: { lang: 'en-GB', readonly: false },
  argTypes: { lang: { control: 'select', options: ['en-GB', 'en-US', 'da', 'de', 'fr', 'nl', 'pl'] } },
  // The back office's catalogue is its own chunk: load it before rendering.
  loaders: [inLanguage('en-GB')],
  render: (args) =>
    html`<div style="max-width: 640px">
      <booking-admin-hours lang=${args.lang} .value=${CLINIC} ?readonly=${args.readonly}></booking-admin-hours>
    </div>`,
};
export default meta;

/** Opening hours with a lunch break on Monday and Sunday closed. */
export const Week: Story = {};

/** No hours yet: every day closed. */
export const Closed: Story = {
  render: (args) => html`<booking-admin-hours lang=${args.lang} .value=${[]}></booking-admin-hours>`,
};

/** After a refused save: the wrong times are marked and say why. */
export const WithErrors: Story = {
  render: (args) =>
    html`<booking-admin-hours
      lang=${args.lang}
      .value=${[
        { day: 'monday', timeSlots: [{ startTime: '12:00', endTime: '09:00' }] },
        {
          day: 'tuesday',
          timeSlots: [
            { startTime: '09:00', endTime: '13:00' },
            { startTime: '12:00', endTime: '16:00' },
          ],
        },
      ]}
      .errors=${{
        '[0].timeSlots[0].endTime': 'must be after startTime',
        '[1].timeSlots[1].startTime': 'overlaps 09:00–13:00',
      }}
    ></booking-admin-hours>`,
};

/** For roles that may see but not change the hours. */
export const ReadOnly: Story = { args: { readonly: true } };

export const German: Story = { args: { lang: 'de' }, loaders: [inLanguage('de')] };
export const AmericanEnglish: Story = { args: { lang: 'en-US' }, loaders: [inLanguage('en-US')] };
