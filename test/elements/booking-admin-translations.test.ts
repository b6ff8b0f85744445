// Issue 17: the back office's Translations section, on a real reference adapter (IndexedDB).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { BookingAdminAdapter } from '../../src/contract/adapter.js';
import { BookingError } from '../../src/contract/errors.js';
import { enAdmin } from '../../src/i18n/en-admin.js';
import { deepActiveElement, deepQuery, deepQueryAll, mountAdmin, text } from '../helpers/booking-admin.page.js';
import { deleteDatabases, loadContoso, makeAdapter, type SampleConfig } from '../helpers/fixtures.js';

const NOW = Date.parse('2026-11-30T07:00:00Z');
const m = enAdmin;

/** The English clinic with one German text missing: the cleaning's description. */
async function clinic(): Promise<SampleConfig> {
  const config = await loadContoso();
  const de = config.translations.de as { services: Record<string, { description?: string }> };
  delete de.services.cleaning.description;
  return config;
}

async function open(config: SampleConfig, staffMember = 'anna', adapter = makeAdapter(config, NOW)) {
  const { page } = await mountAdmin({ config, staffMember, now: NOW, section: 'translations', adapter });
  const panel = await page.panel('translations');
  await panel.set('language', 'de');
  return { panel, adapter };
}

/** The row of a text by its original (business-language) wording. */
function rowOf(root: ShadowRoot, original: string): HTMLElement {
  const row = deepQueryAll<HTMLElement>(root, '.text').find((r) => text(r.querySelector('.source')) === original);
  if (!row) throw new Error(`no row for ${original}`);
  return row;
}

describe('<booking-admin-translations>', () => {
  afterEach(deleteDatabases);

  it('shows each text beside the chosen language, marks and counts the missing ones, and is accessible', async () => {
    const { panel } = await open(await clinic());
    expect(panel.heading).to.equal(m.translationsHeading);
    expect(text(panel.root.querySelector('#missing-count'))).to.equal(
      `${m.translationsMissing} ${m.translationsMissingCount(1, 19, 'German (de)')}`,
    );
    const missing = rowOf(panel.root, 'Scale and polish with one of our hygienists, including a short check-up.');
    expect(missing.getAttribute('part')).to.equal('text missing');
    // Marked in words, not by colour alone.
    expect(text(missing.querySelector('.badge'))).to.equal(m.translationsMissing);
    expect(text(missing)).to.contain(m.translationsFallbackHint);
    const done = rowOf(panel.root, 'Dental cleaning');
    expect(done.querySelector<HTMLInputElement>('input')!.value).to.equal('Professionelle Zahnreinigung');
    expect(done.querySelector('.badge')).to.equal(null);
    expect(text(done.querySelector('label'))).to.equal(`${m.translationsName} (German)`);

    await panel.set('only-missing', true);
    expect(deepQueryAll(panel.root, '.text')).to.have.length(1);
    await panel.set('only-missing', false);

    // Another language: Polish is complete.
    await panel.set('language', 'pl');
    expect(text(panel.root.querySelector('#missing-count'))).to.equal(
      `${m.translationsComplete} ${m.translationsAllDone(19, 'Polish (pl)')}`,
    );
    await expect(panel.el).to.be.accessible();
  });

  it('saves what is typed, with the keyboard alone, and the booking page reads it', async () => {
    const { panel, adapter } = await open(await clinic());
    const field = rowOf(
      panel.root,
      'Scale and polish with one of our hygienists, including a short check-up.',
    ).querySelector('textarea')!;
    field.focus();
    await sendKeys({ type: 'Zahnsteinentfernung und Politur.' });
    await panel.el.updateComplete;
    expect(text(panel.root.querySelector('.savebar .dirty'))).to.equal(m.unsaved);
    // Enter in the last one-line field submits the form.
    rowOf(panel.root, 'https://contoso.example/terms').querySelector('input')!.focus();
    await sendKeys({ press: 'Enter' });
    await panel.waitForAnnouncement(new RegExp(m.translationsSaved));
    const business = await adapter.asStaff('anna').getBusiness({});
    expect(business.translations?.de?.services?.cleaning?.description).to.equal('Zahnsteinentfernung und Politur.');
    expect(text(panel.root.querySelector('#missing-count'))).to.contain(m.translationsAllDone(19, 'German (de)'));
    const page = await adapter.getBookingPage({ languageTag: 'de' });
    expect(page.services.find((s) => s.id === 'cleaning')?.description).to.equal('Zahnsteinentfernung und Politur.');
  });

  it('refuses a control character at its field, keeps every edit and saves nothing', async () => {
    const { panel, adapter } = await open(await clinic());
    const before = JSON.stringify((await adapter.asStaff('anna').getBusiness({})).translations);
    const name = rowOf(panel.root, 'Video consultation').querySelector('input')!;
    await panel.set(name.id, 'Video\u0007sprechstunde');
    await panel.set(rowOf(panel.root, 'Back care class').querySelector('input')!.id, 'Rückenschule');
    await panel.click(m.save);
    await panel.waitFor(() => panel.errorOf(name.id) !== '', 'the field error');
    expect(panel.errorOf(name.id)).to.equal(m.textControlCharacter);
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(name);
    expect(panel.announcement).to.contain(m.errorsInForm(1));
    expect(rowOf(panel.root, 'Back care class').querySelector('input')!.value).to.equal('Rückenschule');
    expect(JSON.stringify((await adapter.asStaff('anna').getBusiness({})).translations)).to.equal(before);
  });

  it('shows the adapter’s field errors (422) at their fields, in their language, and keeps the edits', async () => {
    const config = await clinic();
    const adapter = makeAdapter(config, NOW);
    const asStaff = adapter.asStaff.bind(adapter);
    adapter.asStaff = (id: string, o?: { businessId?: string }) => {
      const admin = asStaff(id, o);
      return Object.assign(Object.create(admin) as BookingAdminAdapter, {
        updateBusiness: () =>
          Promise.reject(
            new BookingError('invalid-input', 'Some fields are not valid.', {
              issues: [
                {
                  path: 'patch.translations.fr.services.cleaning.displayName',
                  message: 'must be at most 200 characters',
                },
              ],
            }),
          ),
      });
    };
    const { panel } = await open(config, 'anna', adapter);
    await panel.set(rowOf(panel.root, 'Dental cleaning').querySelector('input')!.id, 'Zahnreinigung');
    await panel.click(m.save);
    // The refused text is French: the section switches to it and shows the error there.
    await panel.waitFor(() => panel.field<HTMLSelectElement>('language').value === 'fr', 'French shown');
    const field = rowOf(panel.root, 'Dental cleaning').querySelector('input')!;
    await panel.waitFor(() => panel.errorOf(field.id) !== '', 'the field error');
    expect(panel.errorOf(field.id)).to.equal(m.tooLong(200));
    expect(panel.announcement).to.contain(m.saveFailedKept);
    await panel.set('language', 'de');
    expect(rowOf(panel.root, 'Dental cleaning').querySelector('input')!.value).to.equal('Zahnreinigung');
    expect(text(panel.root.querySelector('.savebar .dirty'))).to.equal(m.unsaved);
  });

  it('is read-only for a viewer', async () => {
    const config = await clinic();
    config.staffMembers.push({
      id: 'vera',
      displayName: 'Vera Holm',
      emailAddress: 'vera@contoso.example',
      role: 'viewer',
      useBusinessHours: true,
      availabilityIsAffectedByPersonalCalendar: false,
      isBookable: false,
    });
    const { panel } = await open(config, 'vera');
    expect(deepQuery(panel.root, '.text input, .text textarea') ?? null).to.equal(null);
    expect(panel.hasButton(m.save)).to.equal(false);
    expect(text(rowOf(panel.root, 'Dental cleaning').querySelector('.translation'))).to.contain(
      'Professionelle Zahnreinigung',
    );
  });
});
