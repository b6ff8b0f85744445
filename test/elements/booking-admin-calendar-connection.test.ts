import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { BookingAdminAdapter } from '../../src/contract/adapter.js';
import { BookingError } from '../../src/contract/errors.js';
import type { BookingAdminCalendarConnection } from '../../src/elements/booking-admin-calendar-connection/booking-admin-calendar-connection.js';
import type { CalendarConnection, CalendarSyncStatus, ConnectCalendarInput } from '../../src/schemas/admin.js';
import { deepQuery, text } from '../helpers/booking-admin.page.js';
import { deleteDatabases, loadContoso, makeAdapter } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen (CET, UTC+1).
const NOW = Date.parse('2026-11-30T07:00:00Z');

/**
 * The reference adapter's admin side with the calendar methods of a server (whose behaviour the
 * Node tests check against real servers): what the panel shows for each answer.
 */
function withCalendars(base: BookingAdminAdapter, canConnect: CalendarSyncStatus['canConnect'] = 'yes') {
  const calls: string[] = [];
  const state: { connection?: CalendarConnection; feedCreatedAt?: string } = {};
  const decorate = (s: CalendarSyncStatus): CalendarSyncStatus => ({
    ...s,
    canConnect,
    ...(s.staffMemberId === 'anna' && state.connection ? { connection: state.connection } : {}),
    ...(s.staffMemberId === 'anna' && state.feedCreatedAt ? { feedCreatedAt: state.feedCreatedAt } : {}),
  });
  const anna = async () => decorate((await base.listCalendarSyncStatus({})).find((s) => s.staffMemberId === 'anna')!);
  const admin: BookingAdminAdapter = {
    ...base,
    listCalendarSyncStatus: async (i, o) => (await base.listCalendarSyncStatus(i, o)).map(decorate),
    connectCalendar: async (i: ConnectCalendarInput) => {
      calls.push(`connect ${i.source.kind} ${i.source.url}`);
      if (i.source.url.includes('wrong')) {
        throw new BookingError('invalid-input', 'The calendar could not be connected.', {
          issues: [
            {
              path: 'source.url',
              message: 'This address does not serve an iCalendar (.ics) feed (it sent text/html).',
            },
          ],
        });
      }
      state.connection = {
        kind: i.source.kind,
        address: 'https://calendar.google.com/…/basic.ics',
        writesBookings: i.source.kind === 'caldav',
        connectedAt: new Date(NOW).toISOString(),
        lastSyncedAt: new Date(NOW).toISOString(),
        eventCount: 12,
        busyCount: 9,
        nextSyncAt: new Date(NOW + 300_000).toISOString(),
      };
      return anna();
    },
    syncCalendarNow: async () => {
      calls.push('sync');
      state.connection = {
        ...state.connection!,
        lastError: 'The calendar server failed to answer (503); it will be tried again.',
      };
      return anna();
    },
    disconnectCalendar: async () => {
      calls.push('disconnect');
      delete state.connection;
      return anna();
    },
    createCalendarFeed: () => {
      calls.push('feed');
      state.feedCreatedAt = new Date(NOW).toISOString();
      return Promise.resolve({
        staffMemberId: 'anna',
        url: 'https://booking.example/api/calendar-feeds/abc.ics',
        createdAt: state.feedCreatedAt,
      });
    },
    revokeCalendarFeed: async () => {
      calls.push('revoke');
      delete state.feedCreatedAt;
      return anna();
    },
  };
  return { admin, calls };
}

async function mount(canConnect: CalendarSyncStatus['canConnect'] = 'yes') {
  const adapter = makeAdapter(await loadContoso(), NOW);
  const { admin, calls } = withCalendars(adapter.asStaff('anna'), canConnect);
  const el = await fixture<BookingAdminCalendarConnection>(
    html`<booking-admin-calendar-connection
      lang="en-GB"
      staff-member-id="anna"
      .adapter=${admin}
      .clock=${() => NOW}
    ></booking-admin-calendar-connection>`,
  );
  const root = el.shadowRoot!;
  await waitUntil(() => !!root.querySelector('fieldset') || !!root.querySelector('.notice'), 'never loaded', {
    timeout: 10000,
  });
  const button = (label: string) => {
    const b = [...root.querySelectorAll<HTMLButtonElement>('button')].find((x) => text(x) === label);
    if (!b)
      throw new Error(`no button ${label}: ${[...root.querySelectorAll('button')].map((x) => text(x)).join(', ')}`);
    return b;
  };
  const type = async (id: string, value: string) => {
    const input = deepQuery<HTMLInputElement>(root, `[id="${id}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  };
  const settle = async () => {
    await el.updateComplete;
    await waitUntil(() => !root.querySelector('[aria-busy="true"]'), 'never settled', { timeout: 10000 });
    await el.updateComplete;
  };
  return { el, root, calls, button, type, settle };
}

describe('<booking-admin-calendar-connection>', () => {
  afterEach(deleteDatabases);

  it('connects an ICS feed, showing the refusal at the address field first (R4)', async () => {
    const { el, root, calls, button, type, settle } = await mount();
    expect(text(root.querySelector('legend'))).to.equal('Personal calendar');
    expect(text(root)).to.contain('No calendar is connected.');
    await expect(el).to.be.accessible();

    button('Test and connect').click();
    await el.updateComplete;
    expect(root.querySelector('#url')?.getAttribute('aria-invalid')).to.equal('true');
    expect(calls).to.deep.equal([]);

    await type('url', 'https://example.com/wrong.html');
    button('Test and connect').click();
    await waitUntil(() => root.querySelector('#url')?.getAttribute('aria-invalid') === 'true');
    expect(text(root.querySelector('#url-error'))).to.contain('does not serve an iCalendar');
    expect(el.shadowRoot!.activeElement?.id).to.equal('url');

    await type('url', 'webcal://calendar.google.com/calendar/ical/x/basic.ics');
    let changed = 0;
    el.addEventListener('booking-admin-changed', () => changed++);
    button('Test and connect').click();
    await waitUntil(() => !!root.querySelector('dl.details'), 'never showed the connection');
    await settle();
    expect(calls).to.deep.equal([
      'connect ics https://example.com/wrong.html',
      'connect ics webcal://calendar.google.com/calendar/ical/x/basic.ics',
    ]);
    expect(changed).to.equal(1);
    expect(text(root.querySelector('dl.details'))).to.contain('ICS feed (read only)');
    expect(text(root.querySelector('.last-sync'))).to.contain('12 events read');
    expect(text(root)).to.contain('subscribe to the address below');
    await expect(el).to.be.accessible();
  });

  it('asks for the CalDAV user name and app password, syncs now and shows the last error, and disconnects after confirming', async () => {
    const { el, root, calls, button, type, settle } = await mount();
    const caldav = root.querySelector<HTMLInputElement>('input[value="caldav"]')!;
    caldav.click();
    await el.updateComplete;
    expect(root.querySelector('label[for="url"]')?.textContent).to.contain('CalDAV address');
    await type('url', 'https://caldav.icloud.com/');
    button('Test and connect').click();
    await el.updateComplete;
    expect([...root.querySelectorAll('[aria-invalid="true"]')].map((x) => x.id)).to.deep.equal([
      'userName',
      'password',
    ]);
    await type('userName', 'anna@icloud.com');
    await type('password', 'abcd-efgh-ijkl-mnop');
    expect(root.querySelector<HTMLInputElement>('#password')?.type).to.equal('password');
    button('Test and connect').click();
    await waitUntil(() => !!root.querySelector('dl.details'));
    await settle();
    expect(text(root)).to.contain('Bookings, moves and cancellations are written into this calendar.');

    button('Sync now').click();
    await waitUntil(() => !!root.querySelector('.last-error'));
    expect(text(root.querySelector('.last-error'))).to.contain('503');

    button('Disconnect').click();
    await el.updateComplete;
    expect(text(root.querySelector('.confirm'))).to.contain('Disconnect Anna');
    await expect(el).to.be.accessible();
    [...root.querySelectorAll<HTMLButtonElement>('.confirm button')].find((b) => text(b) === 'Disconnect')!.click();
    await waitUntil(() => !root.querySelector('dl.details'));
    expect(calls.slice(-2)).to.deep.equal(['sync', 'disconnect']);
  });

  it('makes the appointments feed address once, then offers to replace or stop it', async () => {
    const { root, calls, button, settle } = await mount();
    expect(text(root.querySelector('.feed'))).to.contain('No feed address yet.');
    button('Make a feed address').click();
    await waitUntil(() => !!root.querySelector('#feed-url'));
    await settle();
    expect(root.querySelector<HTMLInputElement>('#feed-url')?.value).to.equal(
      'https://booking.example/api/calendar-feeds/abc.ics',
    );
    expect(button('Replace the address')).to.exist;
    button('Stop the feed').click();
    await waitUntil(() => !root.querySelector('#feed-url'));
    await settle();
    expect(text(root.querySelector('.feed'))).to.contain('No feed address yet.');
    expect(calls).to.deep.equal(['feed', 'revoke']);
  });

  it('says why a calendar cannot be connected: no CALENDAR_SECRET, no server, or the role (R18)', async () => {
    for (const [can, words] of [
      ['notConfigured', 'CALENDAR_SECRET'],
      ['notSupported', 'without a booking server'],
      ['notAllowed', 'Only an administrator or this staff member'],
    ] as const) {
      const { el, root } = await mount(can);
      expect(text(root.querySelector('.cannot'))).to.contain(words);
      expect(root.querySelector('form')).to.equal(null);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });
});
