import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ReferenceAdapter } from '../../src/adapters/reference/reference-adapter.js';
import type { Store } from '../../src/backend/store.js';
import { mountAdmin, text, type AdminPanel } from '../helpers/booking-admin.page.js';
import { deleteDatabases, loadContoso } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen (CET, UTC+1).
const NOW = Date.parse('2026-11-30T07:00:00Z');

const storeOf = (adapter: ReferenceAdapter) =>
  (adapter as unknown as { scope: { backend: { store: Store } } }).scope.backend.store;

const names = (panel: AdminPanel) => [...panel.root.querySelectorAll('.webhook h3')].map((h) => text(h));
const secretOf = (panel: AdminPanel) => panel.root.querySelector<HTMLInputElement>('.webhook .secret input');

async function open(staffMember = 'anna') {
  const { page, adapter } = await mountAdmin({ config: await loadContoso(), staffMember, now: NOW });
  const panel = await page.open('webhooks');
  return { page, panel, adapter };
}

async function addWebhook(panel: AdminPanel, url: string) {
  await panel.click('Add webhook');
  await panel.set('url', url);
  await panel.clickIn('form', 'Add webhook');
  await panel.waitForAnnouncement(/Webhook added/);
  await panel.settle();
}

describe('<booking-admin-webhooks>', () => {
  afterEach(deleteDatabases);

  it('adds a webhook, checking the address and the events, and shows its secret', async () => {
    const { panel, adapter } = await open();
    expect(text(panel.root.querySelector('.empty'))).to.match(/No webhooks yet/);
    await expect(panel.el).to.be.accessible();

    await panel.click('Add webhook');
    // The three appointment events are chosen for a new subscription; the address is required.
    const checked = [...panel.root.querySelectorAll<HTMLInputElement>('input[name="events"]')]
      .filter((c) => c.checked)
      .map((c) => c.value);
    expect(checked).to.deep.equal(['appointment.created', 'appointment.rescheduled', 'appointment.cancelled']);
    await panel.clickIn('form', 'Add webhook');
    expect(panel.errorOf('url')).to.equal('Required');
    expect(panel.root.activeElement?.id).to.equal('url');

    // The adapter's own check: not a web address (422 with its path, shown at the field).
    await panel.set('url', 'ftp://crm.example.com/in');
    await panel.clickIn('form', 'Add webhook');
    await panel.waitFor(() => panel.errorOf('url') !== '', 'the address error shows');
    expect(panel.field('url').getAttribute('aria-invalid')).to.equal('true');
    expect(await adapter.asStaff('anna').listWebhooks({})).to.deep.equal([]);

    // No event chosen.
    await panel.set('url', 'https://crm.example.com/in');
    for (const c of panel.root.querySelectorAll<HTMLInputElement>('input[name="events"]')) if (c.checked) c.click();
    await panel.el.updateComplete;
    await panel.clickIn('form', 'Add webhook');
    expect(text(panel.root.querySelector('#events-error'))).to.equal('Choose at least one event.');

    panel.root.querySelector<HTMLInputElement>('input[value="customer.created"]')!.click();
    await panel.set('description', 'Our CRM');
    await panel.clickIn('form', 'Add webhook');
    await panel.waitForAnnouncement(/Webhook added/);
    await panel.settle();

    expect(names(panel)).to.deep.equal(['https://crm.example.com/in']);
    expect(text(panel.root.querySelector('.webhook .events'))).to.equal('Events: New customer');
    expect(text(panel.root.querySelector('.webhook .description'))).to.equal('Our CRM');
    // Shown right away after adding: the receiver needs it.
    const [stored] = await adapter.asStaff('anna').listWebhooks({});
    expect(secretOf(panel)?.type).to.equal('text');
    expect(secretOf(panel)?.value).to.equal(stored?.secret);
    expect(stored?.secret).to.match(/^whsec_/);
    await panel.click('Hide');
    expect(secretOf(panel)?.type).to.equal('password');
    await expect(panel.el).to.be.accessible();
  });

  it('edits, pauses, replaces the secret of and deletes a webhook', async () => {
    const { panel, adapter } = await open();
    const admin = adapter.asStaff('anna');
    await addWebhook(panel, 'https://crm.example.com/in');

    await panel.click('Edit');
    await panel.set('url', 'https://crm.example.com/bookings');
    await panel.clickIn('form', 'Save webhook');
    await panel.waitForAnnouncement(/Webhook saved/);
    await panel.settle();
    expect(names(panel)).to.deep.equal(['https://crm.example.com/bookings']);

    await panel.click('Pause');
    await panel.waitForAnnouncement(/Webhook paused/);
    await panel.settle();
    expect(text(panel.root.querySelector('.webhook .badge'))).to.equal('Paused');
    expect((await admin.listWebhooks({}))[0]?.enabled).to.equal(false);

    const before = (await admin.listWebhooks({}))[0].secret;
    await panel.click('New secret');
    await panel.clickIn('.confirm', 'New secret');
    await panel.waitForAnnouncement(/new secret was made/);
    await panel.settle();
    const after = (await admin.listWebhooks({}))[0].secret;
    expect(after).to.match(/^whsec_/);
    expect(after).to.not.equal(before);
    expect(secretOf(panel)?.value).to.equal(after);

    await panel.click('Delete');
    expect(text(panel.root.querySelector('.confirm p'))).to.equal(
      'Delete the webhook to https://crm.example.com/bookings? Deliveries still waiting are cancelled.',
    );
    await panel.clickIn('.confirm', 'Keep');
    expect(panel.root.querySelector('.confirm')).to.equal(null);
    await panel.click('Delete');
    await panel.clickIn('.confirm', 'Delete');
    await panel.waitForAnnouncement(/Webhook deleted/);
    await panel.settle();
    expect(names(panel)).to.deep.equal([]);
    expect(await admin.listWebhooks({})).to.deep.equal([]);
  });

  it('shows each delivery with the receiver’s answer, and sends a failed one again', async () => {
    const { panel, adapter } = await open();
    await addWebhook(panel, 'https://crm.example.com/in');
    await adapter.book({
      serviceId: 'cleaning',
      staffMemberId: 'dora',
      start: '2026-12-01T08:00:00Z',
      customer: { name: 'Mette Hansen', emailAddress: 'mette@example.com', timeZone: 'Europe/Copenhagen' },
      answers: [{ questionId: 'first-visit', answer: 'No' }],
      consent: { accepted: true },
      idempotencyKey: 'webhook-log-1',
    });
    // What a server's sender records after giving up (the reference adapter sends nothing itself).
    const store = storeOf(adapter);
    await store.run('readwrite', ['outbox'], async (tx) => {
      for (const m of await tx.range('outbox', 'business_due', ['contoso', -Infinity], ['contoso', Infinity])) {
        if (m.channel === 'webhook') {
          await tx.put('outbox', {
            ...m,
            status: 'failed',
            delivery: { attempts: 8, lastStatus: 503, lastError: 'HTTP 503: maintenance' },
          });
        }
      }
    });

    const log = panel.root.querySelector<HTMLDetailsElement>('details.log')!;
    log.querySelector('summary')!.click();
    await panel.waitFor(() => !!panel.root.querySelector('.delivery'), 'the delivery log shows');
    const row = text(panel.root.querySelector('.delivery'));
    expect(row).to.contain('Appointment booked');
    expect(row).to.contain('Failed');
    expect(row).to.contain('8 attempts');
    expect(row).to.contain('The receiver answered 503');
    expect(row).to.contain('Last error: HTTP 503: maintenance');
    await expect(panel.el).to.be.accessible();

    await panel.click('Send again');
    await panel.waitForAnnouncement(/will be sent again/);
    await panel.waitFor(() => !text(panel.root.querySelector('.delivery')).includes('Failed'), 'the log reloads');
    const [again] = await adapter.asStaff('anna').listWebhookDeliveries({});
    expect(again?.status).to.equal('pending');
    expect(again?.delivery?.attempts).to.equal(0);
  });

  it('is for administrators only', async () => {
    const { page } = await mountAdmin({ config: await loadContoso(), staffMember: 'ben', now: NOW });
    expect(page.navItems()).not.to.include('Webhooks');
    const panel = document.createElement('booking-admin-webhooks');
    // Opened on its own by a scheduler, it says why there is nothing to manage.
    Object.assign(panel, { adapter: page.el.adapter, clock: () => NOW });
    document.body.append(panel);
    try {
      await waitUntil(
        () => text(panel.shadowRoot).includes('Only administrators manage webhooks.'),
        'the panel says who may use it',
      );
    } finally {
      panel.remove();
    }
  });
});
