import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/booking-staff-picker.js';

const staff = [
  { id: 'anna', displayName: 'Anna Larsen' },
  { id: 'dora', displayName: 'Dora Jensen' },
  { id: 'carl', displayName: 'Carl Madsen' },
];

const meta: Meta<{ value: string }> = {
  title: 'Parts/booking-staff-picker',
  component: 'booking-staff-picker',
  args: { value: '' },
  render: (args) =>
    html`<booking-staff-picker lang="en-GB" .staff=${staff} value=${args.value}></booking-staff-picker>`,
};
export default meta;

export const Anyone: StoryObj<{ value: string }> = {};
export const ChosenStaffMember: StoryObj<{ value: string }> = { args: { value: 'dora' } };
