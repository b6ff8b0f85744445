// The Vue example (demo/vue) in the browser: its root component mounted as main.ts mounts it, with
// Vue's browser build (template compiler included; test/frameworks/wtr-frameworks-plugin.mjs maps `vue`).
import { expect, waitUntil } from '@open-wc/testing';
import { createApp, nextTick, type App as VueApp } from 'vue';
import type { BookingManage } from '../../src/elements/booking-manage/booking-manage.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import { App, isCustomElement, type Booked } from '../../demo/vue/src/App.js';
import { bookFirstTime, waitForManage } from './book.js';
import { deleteDatabases, loadContoso, makeAdapter } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const ZONE = 'Europe/Copenhagen';

describe('Vue example (demo/vue)', () => {
  let app: VueApp | undefined;
  let host: HTMLElement | undefined;
  const warnings: string[] = [];

  afterEach(async () => {
    app?.unmount();
    host?.remove();
    app = host = undefined;
    warnings.length = 0;
    await deleteDatabases();
  });

  function mount(props: Record<string, unknown>): HTMLElement {
    host = document.createElement('div');
    document.body.append(host);
    app = createApp(App, props);
    app.config.compilerOptions.isCustomElement = isCustomElement;
    // Vue warns (rather than fails) on unknown components and bad bindings: collect, then assert none.
    app.config.warnHandler = (msg) => warnings.push(msg);
    app.mount(host);
    return host;
  }

  it('books an appointment end to end; @booking-confirmed runs once', async () => {
    const adapter = makeAdapter(await loadContoso(), NOW);
    const booked: Booked[] = [];
    const root = mount({
      adapter,
      clock: () => NOW,
      lang: 'en-GB',
      timeZone: ZONE,
      onBooked: (b: Booked) => booked.push(b),
    });
    const el = root.querySelector<BookingPage>('booking-page')!;
    expect(el, 'the template renders <booking-page> as a custom element').to.be.instanceOf(HTMLElement);
    // `:adapter.prop` and `.clock` set DOM properties; `:time-zone` reaches the property too.
    expect(el.adapter).to.equal(adapter);
    expect(el.clock?.()).to.equal(NOW);
    expect(el.timeZone).to.equal(ZONE);

    const page = await bookFirstTime(el);
    expect(page.confirmation().What).to.equal('Dental cleaning');

    await waitUntil(() => root.querySelector('[data-testid="summary"]'), 'Vue shows the booking from its state');
    expect(booked.length, 'the @booking-confirmed handler ran once').to.equal(1);
    const [{ appointment, manageToken }] = booked;
    expect(appointment.customer.name).to.equal('Mette Hansen');
    const summary = root.querySelector('[data-testid="summary"]')!.textContent.replace(/\s+/g, ' ');
    expect(summary).to.contain('Dental cleaning with');

    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Show the booking')!.click();
    await nextTick();
    const manage = root.querySelector<BookingManage>('booking-manage')!;
    expect(manage.appointmentId).to.equal(appointment.id);
    expect(manage.token).to.equal(manageToken);
    await waitForManage(manage);
    expect(warnings, 'Vue warnings').to.deep.equal([]);
  });
});
