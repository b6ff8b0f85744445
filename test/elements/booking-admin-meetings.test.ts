import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { mountAdmin, text } from '../helpers/booking-admin.page.js';
import { deleteDatabases, loadContoso } from '../helpers/fixtures.js';

// Monday 30 November 2026, 08:00 in Copenhagen (CET, UTC+1).
const NOW = Date.parse('2026-11-30T07:00:00Z');
const K = 'meetingProvider.kind';

async function open(staffMember = 'anna') {
  const { page, adapter } = await mountAdmin({
    config: await loadContoso(),
    staffMember,
    now: NOW,
    section: 'business',
  });
  const panel = await page.panel('business');
  return { panel, admin: adapter.asStaff('anna') };
}

describe('<booking-admin-business>: online meetings (R16)', () => {
  afterEach(deleteDatabases);

  it('chooses the meeting-link provider, checking a URL template at its field', async () => {
    const { panel, admin } = await open();
    expect(panel.field<HTMLSelectElement>(K).value).to.equal('jitsi');
    expect(panel.field('meetingProvider.baseUrl').value).to.equal('https://meet.jit.si');

    await panel.set(K, 'urlTemplate');
    expect(panel.root.querySelector('[id="meetingProvider.baseUrl"]')).to.equal(null);
    await panel.set('meetingProvider.urlTemplate', 'https://video.example.com/clinic');
    await panel.click('Save changes');
    await panel.waitFor(() => panel.errorOf('meetingProvider.urlTemplate') !== '', 'the template error shows');
    expect(panel.errorOf('meetingProvider.urlTemplate')).to.contain('{room}');
    expect(panel.field('meetingProvider.urlTemplate').getAttribute('aria-invalid')).to.equal('true');
    // Nothing was written; the edit is kept for fixing.
    expect((await admin.getBusiness({})).meetingProvider).to.deep.equal({
      kind: 'jitsi',
      baseUrl: 'https://meet.jit.si',
    });
    expect(panel.field('meetingProvider.urlTemplate').value).to.equal('https://video.example.com/clinic');

    await panel.set('meetingProvider.urlTemplate', 'https://video.example.com/clinic/{room}');
    await panel.click('Save changes');
    await panel.waitForAnnouncement(/saved/i);
    expect((await admin.getBusiness({})).meetingProvider).to.deep.equal({
      kind: 'urlTemplate',
      urlTemplate: 'https://video.example.com/clinic/{room}',
    });
    await expect(panel.el).to.be.accessible();
  });

  it('says why a published page with an online service needs a provider, and keeps the edit', async () => {
    const { panel, admin } = await open();
    await panel.set(K, '');
    expect(panel.textContent).to.contain('A published page can’t offer online services until a provider is chosen');
    await panel.click('Save changes');
    await panel.waitFor(() => panel.error !== '', 'the refusal shows');
    expect(panel.error).to.contain('An online service has no meeting-link provider');
    expect((await admin.getBusiness({})).meetingProvider?.kind).to.equal('jitsi');
    expect(panel.field<HTMLSelectElement>(K).value).to.equal('');
  });

  it('lets an online service choose its own provider, the business’s otherwise', async () => {
    const { page, adapter } = await mountAdmin({
      config: await loadContoso(),
      staffMember: 'anna',
      now: NOW,
      section: 'services',
    });
    const admin = adapter.asStaff('anna');
    const panel = await page.panel('services');
    const online = (await admin.getBusiness({})).services.find((s) => s.isLocationOnline)!;
    await panel.select(online.displayName);
    expect(panel.field<HTMLSelectElement>(K).value).to.equal('');
    expect(text(panel.field<HTMLSelectElement>(K).selectedOptions[0])).to.equal('The business’s choice');
    await panel.set(K, 'urlTemplate');
    await panel.set('meetingProvider.urlTemplate', 'https://video.example.com/{staffMemberId}/{room}');
    await panel.click('Save changes');
    await panel.waitForAnnouncement(/saved/i);
    const saved = (await admin.getBusiness({})).services.find((s) => s.id === online.id)!;
    expect(saved.meetingProvider).to.deep.equal({
      kind: 'urlTemplate',
      urlTemplate: 'https://video.example.com/{staffMemberId}/{room}',
    });
    // An in-person service has no provider to choose.
    const inPerson = (await admin.getBusiness({})).services.find((s) => !s.isLocationOnline)!;
    await panel.select(inPerson.displayName);
    expect(panel.root.querySelector(`[id="${K}"]`)).to.equal(null);
    await expect(panel.el).to.be.accessible();
  });

  it('shows the provider read-only to roles that may not change it', async () => {
    const { panel } = await open('ben');
    expect(panel.root.querySelector(`select[id="${K}"]`)).to.equal(null);
    expect(panel.textContent).to.contain('Jitsi Meet');
  });
});
