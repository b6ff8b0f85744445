import { ReferenceAdapter } from '../../src/adapters/reference/reference-adapter.js';
import contoso from '../../demo/data/contoso.json';
import { localizedBusiness, rebaseLanguage } from '../../src/core/content-language.js';
import type { Business } from '../../src/core/types.js';

export type SampleConfig = typeof contoso;

/**
 * The sample clinic (demo/data/contoso.json) written in English: the clinic speaks Danish first,
 * and most tests read its English texts (its `en` translation), with Danish as a translation.
 */
export const contosoInEnglish = rebaseLanguage(contoso as unknown as Business, 'en') as unknown as SampleConfig;

/** A sample clinic service's name as a page in `lang` shows it (its translation, else the English). */
export function serviceNameIn(lang: string, serviceId = 'cleaning'): string {
  const business = localizedBusiness(contosoInEnglish as unknown as Business, lang);
  return business.services.find((s) => s.id === serviceId)?.displayName ?? serviceId;
}

/** Every name a sample clinic service has, in English and its translations. */
export function serviceNamesOf(englishName: string): string[] {
  const service = (contosoInEnglish as unknown as Business).services.find((s) => s.displayName === englishName);
  if (!service) return [englishName];
  const translated = Object.values((contosoInEnglish as unknown as Business).translations ?? {}).map(
    (t) => t.services?.[service.id]?.displayName,
  );
  return [englishName, ...translated.filter((n): n is string => !!n)];
}

/** The sample clinic in English, a fresh copy for each call so tests may change it. */
export function loadContoso(): Promise<SampleConfig> {
  return Promise.resolve(structuredClone(contosoInEnglish));
}

/** The sample clinic as the demo has it (Danish first), a fresh copy. */
export function loadContosoDanish(): Promise<SampleConfig> {
  return Promise.resolve(structuredClone(contoso));
}

let counter = 0;
const opened: string[] = [];

/** A reference adapter on its own IndexedDB database, with a fixed clock. */
export function makeAdapter(config: unknown, now: number, databaseName = `test-${Date.now()}-${counter++}`) {
  opened.push(databaseName);
  return new ReferenceAdapter({ config, storage: 'indexeddb', now: () => now, databaseName });
}

/** Deletes the databases the tests opened (call from afterEach). */
export async function deleteDatabases(): Promise<void> {
  const names = opened.splice(0);
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve) => {
          const r = indexedDB.deleteDatabase(name);
          r.onsuccess = r.onerror = r.onblocked = () => resolve();
        }),
    ),
  );
}

/** A customer of the sample clinic in Copenhagen, e-mail from the first name (`Ida Holm` → ida@example.com). */
export function clinicCustomer(name: string): { name: string; emailAddress: string; timeZone: string } {
  return { name, emailAddress: `${name.split(' ')[0].toLowerCase()}@example.com`, timeZone: 'Europe/Copenhagen' };
}

/** Tuesday 1 December 2026, 07:30 Copenhagen: Carl's back care class with Ida Holm and Jon Berg, booked by Anna. */
export async function seedBackCareClass(adapter: ReferenceAdapter): Promise<void> {
  const anna = adapter.asStaff('anna');
  for (const name of ['Ida Holm', 'Jon Berg'])
    await anna.createAppointment({
      serviceId: 'back-care-class',
      staffMemberId: 'carl',
      start: '2026-12-01T06:30:00Z',
      customer: clinicCustomer(name),
      answers: [{ questionId: 'pain-areas', selectedOptions: ['Neck'] }],
    });
}

/** `config` with Vera Viewer, a staff member in the viewer role (R18: looks, changes nothing), added. */
export function withViewer(config: SampleConfig): SampleConfig {
  config.staffMembers.push({
    id: 'vera',
    displayName: 'Vera Viewer',
    emailAddress: 'vera@contoso.example',
    role: 'viewer',
    useBusinessHours: true,
    availabilityIsAffectedByPersonalCalendar: false,
    isBookable: false,
  });
  return config;
}
