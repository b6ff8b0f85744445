// The React example (demo/react) and the wrappers of booking-elements/react, in the browser.
// React runs as ES modules bundled by test/frameworks/wtr-frameworks-plugin.mjs.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, type ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import manifest from '../../custom-elements.json';
import * as wrappers from '../../src/react.js';
import * as elements from '../../src/elements/index.js';
import { BookingPage as BookingPageElement } from '../../src/elements/booking-page/booking-page.js';
import type { BookingPage } from '../../src/elements/booking-page/booking-page.js';
import type { BookingManage } from '../../src/elements/booking-manage/booking-manage.js';
import { App, type AppProps, type Booked } from '../../demo/react/src/App.js';
import { bookFirstTime, waitForManage } from './book.js';
import { deleteDatabases, loadContoso, makeAdapter } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen.
const NOW = Date.parse('2026-11-30T07:00:00Z');
const ZONE = 'Europe/Copenhagen';

let root: Root | undefined;
let container: HTMLElement | undefined;

function render<P extends object>(component: ComponentType<P>, props: P): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  root.render(createElement(component, props));
  return container;
}

/** `booking-month-change` → `onBookingMonthChange`, `change` → `onChange`. */
const handlerProp = (event: string) =>
  `on${event.replace(/(^|-)([a-z])/g, (_m: string, _dash: string, c: string) => c.toUpperCase())}`;

describe('booking-elements/react', () => {
  afterEach(async () => {
    root?.unmount();
    container?.remove();
    root = container = undefined;
    await deleteDatabases();
  });

  it('the example app books an appointment end to end; onBookingConfirmed runs once', async () => {
    const adapter = makeAdapter(await loadContoso(), NOW);
    const booked: Booked[] = [];
    const props: AppProps = {
      adapter,
      clock: () => NOW,
      lang: 'en-GB',
      timeZone: ZONE,
      onBooked: (b) => booked.push(b),
    };
    const host = render(App, props);
    await waitUntil(() => host.querySelector('booking-page')?.shadowRoot, 'the wrapper renders <booking-page>');
    const el = host.querySelector<BookingPage>('booking-page')!;
    // Props the element has as properties arrive as properties, not as stringified attributes.
    expect(el.adapter).to.equal(adapter);
    expect(el.timeZone).to.equal(ZONE);
    expect(el.hasAttribute('adapter')).to.equal(false);

    const page = await bookFirstTime(el);
    expect(page.confirmation().What).to.equal('Dental cleaning');

    await waitUntil(() => host.querySelector('[data-testid="summary"]'), 'React shows the booking from its state');
    expect(booked.length, 'onBookingConfirmed ran once').to.equal(1);
    const [{ appointment, manageToken }] = booked;
    expect(appointment.customer.name).to.equal('Mette Hansen');
    const summary = host.querySelector('[data-testid="summary"]')!.textContent.replace(/\s+/g, ' ');
    expect(summary).to.contain('Dental cleaning with');
    expect(summary).to.contain('2026');

    // The app's own button (a React onClick) opens <BookingManage> on the booking it was handed.
    [...host.querySelectorAll('button')].find((b) => b.textContent === 'Show the booking')!.click();
    await waitUntil(() => host.querySelector('booking-manage'), 'React renders <booking-manage>');
    const manage = host.querySelector<BookingManage>('booking-manage')!;
    expect(manage.appointmentId).to.equal(appointment.id);
    expect(manage.token).to.equal(manageToken);
    await waitForManage(manage);
    expect(manage.shadowRoot!.textContent).to.contain('Dental cleaning');
  });

  it('registers the tags it renders', () => {
    expect(customElements.get('booking-page')).to.equal(BookingPageElement);
  });

  // Public elements: the classes src/elements/index.ts exports that are registered as tags. Their
  // events come from the manifest, generated from the classes' JSDoc (@fires), so a new element or
  // event without a wrapper or an onX prop fails here.
  const publicElements = Object.entries(elements)
    .filter(([, value]) => typeof value === 'function' && customElements.getName(value as CustomElementConstructor))
    .map(([name]) => name)
    .sort();
  const classes = new Map(
    manifest.modules
      .flatMap((m) => (m.declarations ?? []) as { kind: string; name: string; events?: { name: string }[] }[])
      .filter((d) => d.kind === 'class')
      .map((d) => [d.name, d]),
  );
  const declarations = publicElements.map((name) => ({ name, events: classes.get(name)?.events }));

  it('has a wrapper for every public element', () => {
    expect(publicElements.length).to.be.greaterThan(0);
    expect(
      publicElements.filter((name) => !classes.has(name)),
      'elements missing from custom-elements.json',
    ).to.deep.equal([]);
    const missing = publicElements.filter((name) => !(name in wrappers));
    expect(missing, 'elements without a React wrapper').to.deep.equal([]);
  });

  for (const declaration of declarations) {
    const events = [...new Set((declaration.events ?? []).map((e) => e.name).filter(Boolean))];
    it(`${declaration.name} wrapper: ${events.map(handlerProp).join(', ') || 'renders (fires no events)'}`, async () => {
      const calls: Record<string, Event[]> = {};
      const props: Record<string, (e: Event) => void> = {};
      for (const name of events) {
        calls[name] = [];
        props[handlerProp(name)] = (e) => calls[name].push(e);
      }
      const Wrapper = (wrappers as Record<string, unknown>)[declaration.name] as ComponentType<typeof props>;
      expect(Wrapper, `a wrapper named ${declaration.name}`).to.be.a('object');
      const host = render(Wrapper, props);
      await waitUntil(() => host.firstElementChild, 'the wrapper renders its element');
      const el = host.firstElementChild!;
      const tag = customElements.getName(
        (elements as Record<string, unknown>)[declaration.name] as CustomElementConstructor,
      );
      expect(el.localName, 'the wrapper renders its own tag').to.equal(tag);
      // Listeners are added in a layout effect, which has run once the element is in the DOM. An
      // empty detail: elements that listen to their own events (<booking-admin>) read it.
      for (const name of events) el.dispatchEvent(new CustomEvent(name, { detail: {} }));
      for (const name of events) expect(calls[name].length, `${handlerProp(name)} for ${name}`).to.equal(1);
    });
  }
});
