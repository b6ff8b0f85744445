import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/booking-slot-list.js';
import type { AvailableSlot } from '../src/core/types.js';

interface Args {
  lang: string;
  timeZone: string;
  hourCycle: '' | 'h12' | 'h23';
  capacity: boolean;
}

// 08:00–17:00 Copenhagen on 1 December 2026, every 30 minutes, lunch at 12:00.
const slots: AvailableSlot[] = [];
for (let h = 7; h < 16; h++) {
  for (const m of [0, 30]) {
    if (h === 11) continue;
    const start = new Date(Date.UTC(2026, 11, 1, h, m));
    slots.push({
      start: start.toISOString(),
      end: new Date(start.getTime() + 30 * 60_000).toISOString(),
      staffMemberIds: ['anna'],
      remainingCapacity: ((h + m) % 7) + 1,
    });
  }
}

const meta: Meta<Args> = {
  title: 'Parts/booking-slot-list',
  component: 'booking-slot-list',
  args: { lang: 'en-GB', timeZone: 'Europe/Copenhagen', hourCycle: '', capacity: false },
  render: (args) =>
    html`<div style="max-width: 420px">
      <booking-slot-list
        lang=${args.lang}
        day="2026-12-01"
        time-zone=${args.timeZone}
        hour-cycle=${args.hourCycle || 'h23'}
        ?show-capacity=${args.capacity}
        .slots=${slots}
        value=${slots[3].start}
      ></booking-slot-list>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;
export const Day: Story = {};
export const ClassWithSeats: Story = { args: { capacity: true } };
export const NewYorkViewer: Story = { args: { timeZone: 'America/New_York', lang: 'en-US', hourCycle: 'h12' } };
export const Loading: Story = {
  render: () => html`<div style="max-width: 420px"><booking-slot-list loading></booking-slot-list></div>`,
};
