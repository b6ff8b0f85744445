import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/booking-calendar.js';

interface Args {
  lang: string;
  dir: 'ltr' | 'rtl';
  loading: boolean;
}

const availability = new Map([
  ['2026-12-01', 12],
  ['2026-12-02', 3],
  ['2026-12-03', 1],
  ['2026-12-07', 20],
  ['2026-12-08', 8],
  ['2026-12-10', 2],
]);

const meta: Meta<Args> = {
  title: 'Parts/booking-calendar',
  component: 'booking-calendar',
  args: { lang: 'en-GB', dir: 'ltr', loading: false },
  argTypes: { dir: { control: 'inline-radio', options: ['ltr', 'rtl'] } },
  render: (args) =>
    html`<div style="max-width: 380px">
      <booking-calendar
        lang=${args.lang}
        dir=${args.dir}
        month="2026-12-01"
        today="2026-11-30"
        value="2026-12-02"
        min="2026-11-30"
        max="2027-01-28"
        .availability=${availability}
        ?loading=${args.loading}
      ></booking-calendar>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;
export const Month: Story = {};
export const Loading: Story = { args: { loading: true } };
/** Arabic date formatting, mirrored layout and arrow keys. */
export const RightToLeft: Story = { args: { dir: 'rtl', lang: 'ar' } };
export const SundayFirst: Story = { args: { lang: 'en-US' } };
