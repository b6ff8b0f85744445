import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/booking-time-zone-select.js';
import { NOW } from './support.js';

const meta: Meta<{ value: string }> = {
  title: 'Parts/booking-time-zone-select',
  component: 'booking-time-zone-select',
  args: { value: 'America/New_York' },
  render: (args) =>
    html`<div style="max-width: 420px">
      <booking-time-zone-select
        lang="en-GB"
        value=${args.value}
        .preferred=${['America/New_York', 'Europe/Copenhagen']}
        .at=${NOW}
      ></booking-time-zone-select>
    </div>`,
};
export default meta;

export const ViewerAndBusinessFirst: StoryObj<{ value: string }> = {};
