// The demo clinic's sample data (issue 14): appointments, their customers, a few cancellations and
// reschedules, bookings staff took by phone, and staff time off, from two weeks before a given day
// to two weeks after it, so that `npm start` opens on a calendar, a customer list, an outbox and a
// report with something real in them.
//
// Nothing is written around the rules: every booking, cancellation, reschedule and time off goes
// through the adapter's own methods (the customer's `book`, `cancel` and `reschedule`, the staff's
// `createAppointment` and `createTimeOff`), each made at a simulated moment before it happens, on
// a time the availability engine offered at that moment. The choices come from a generator seeded
// with the day, so one day always gives the same clinic.
import type {
  BookingAdapter,
  BookingAdminAdapter,
  BookResult,
  CreateAppointmentInput,
} from '../../src/adapters/index.js';
import { BookingError } from '../../src/adapters/index.js';
import { addDays, dayOfWeek, DAY_MS, MINUTE_MS, wallToEpoch } from '../../src/core/index.js';

/** Where the sample data goes: the adapter's customer side, its staff sides, and the clock it reads. */
export interface SampleTarget {
  customer: BookingAdapter;
  staff(staffMemberId: string): BookingAdminAdapter;
  /** Read by the adapter as its `now`; set before every call. */
  clock: { now: number };
}

export interface SampleOptions {
  /** The day the sample is centred on, `yyyy-MM-dd` in the business's zone: usually today. */
  today: string;
  /** The business's time zone. */
  zone: string;
  /** Days before and after `today` that get appointments (default 14). */
  days?: number;
}

export interface SampleSummary {
  appointments: number;
  byStaff: number;
  cancelled: number;
  rescheduled: number;
  timeOff: number;
}

/** A generator in [0, 1) from a string (mulberry32 over an FNV-1a hash): the same day, the same clinic. */
export function sampleRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sample customers: example.com addresses (RFC 2606), several languages. */
export const SAMPLE_CUSTOMERS = [
  { name: 'Mette Hansen', emailAddress: 'mette.hansen@example.com', phone: '+45 20 11 22 33', languageTag: 'da' },
  { name: 'Lars Pedersen', emailAddress: 'lars.pedersen@example.com', phone: '+45 21 44 55 66', languageTag: 'da' },
  { name: 'Sofie Andersen', emailAddress: 'sofie.andersen@example.com', languageTag: 'da' },
  { name: 'Jonas Christensen', emailAddress: 'jonas.christensen@example.com', phone: '+45 22 70 80 90' },
  { name: 'Emma Larsen', emailAddress: 'emma.larsen@example.com', languageTag: 'en' },
  { name: 'Noah Sørensen', emailAddress: 'noah.sorensen@example.com', phone: '+45 23 12 12 12', languageTag: 'da' },
  { name: 'Ida Rasmussen', emailAddress: 'ida.rasmussen@example.com', languageTag: 'da' },
  { name: 'Oliver Jørgensen', emailAddress: 'oliver.jorgensen@example.com', phone: '+45 24 98 76 54' },
  { name: 'Freja Petersen', emailAddress: 'freja.petersen@example.com', languageTag: 'da' },
  { name: 'Karl Müller', emailAddress: 'karl.mueller@example.com', phone: '+49 30 1234 5678', languageTag: 'de' },
  { name: 'Claire Dubois', emailAddress: 'claire.dubois@example.com', languageTag: 'fr' },
  { name: 'Anouk de Vries', emailAddress: 'anouk.devries@example.com', languageTag: 'nl' },
  { name: 'Zofia Kowalska', emailAddress: 'zofia.kowalska@example.com', phone: '+48 501 234 567', languageTag: 'pl' },
  { name: 'Magnus Olsen', emailAddress: 'magnus.olsen@example.com', languageTag: 'en' },
] as const;

/** The sample clinic's services (demo/data/contoso.json) and how often each is booked. */
const SERVICES = [
  { id: 'cleaning', weight: 5 },
  { id: 'video-consultation', weight: 3 },
  { id: 'back-care-class', weight: 2 },
] as const;
type ServiceId = (typeof SERVICES)[number]['id'];

// The clinic's own options are Danish (its language); answers are stored in them.
const HEALTH_NOTES = ['', 'Ingen allergier.', 'Allergisk over for penicillin.', 'Tager blodtryksmedicin.'];
const PAIN_AREAS = ['Nakke', 'Øvre ryg', 'Lænd', 'Skuldre'];
const CANCEL_REASONS = ['Something came up at work.', 'I am ill, sorry.', ''];

/** The answers each service's required questions need, and some of the optional ones. */
function answersFor(service: ServiceId, pick: <T>(list: readonly T[]) => T): CreateAppointmentInput['answers'] {
  const notes = pick(HEALTH_NOTES);
  const healthNotes = notes ? [{ questionId: 'health-notes', answer: notes }] : [];
  switch (service) {
    case 'cleaning':
      return [{ questionId: 'first-visit', answer: pick(['Ja', 'Nej', 'Nej']) }, ...healthNotes];
    case 'video-consultation':
      return [{ questionId: 'health-notes', answer: notes || 'Opfølgning på min sidste behandling.' }];
    case 'back-care-class':
      return [{ questionId: 'pain-areas', selectedOptions: [pick(PAIN_AREAS)] }, ...healthNotes];
  }
}

interface Plan {
  date: string;
  service: ServiceId;
  customer: (typeof SAMPLE_CUSTOMERS)[number];
  /** When it is booked. */
  at: number;
  /** By staff (on the phone) rather than by the customer online. */
  byStaff: boolean;
  /** Later: cancelled by the customer, or moved a day on. */
  then: 'keep' | 'cancel' | 'reschedule';
  booked?: { id: string; token: string; start: number };
}

/**
 * Writes the sample into `target`. Returns what was written; a time the rules refuse (none, as
 * every time comes from the availability the same rules computed) is left out rather than forced.
 */
export async function seedSampleData(target: SampleTarget, options: SampleOptions): Promise<SampleSummary> {
  const { today, zone } = options;
  const span = options.days ?? 14;
  const random = sampleRandom(`booking-elements sample ${today}`);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const at = (date: string, hh: number, mm = 0) => wallToEpoch(date, hh * 60 + mm, zone);
  /** Nothing happens later than yesterday evening: the sample is the clinic's past, up to now. */
  const latest = at(addDays(today, -1), 18);
  const summary: SampleSummary = { appointments: 0, byStaff: 0, cancelled: 0, rescheduled: 0, timeOff: 0 };

  // Staff time off, entered three weeks ago by the administrator: a course last week, a half day
  // this week, a holiday next week. Bookings made afterwards avoid it, as customers' would.
  target.clock.now = at(addDays(today, -21), 9);
  const admin = target.staff('anna');
  for (const timeOff of [
    {
      staffMemberId: 'dora',
      start: at(addDays(today, -6), 8),
      end: at(addDays(today, -6), 16),
      title: 'Course: gum care',
    },
    {
      staffMemberId: 'anna',
      start: at(addDays(today, 3), 12, 30),
      end: at(addDays(today, 3), 16),
      title: 'Board meeting',
    },
    { staffMemberId: 'carl', start: at(addDays(today, 8), 8), end: at(addDays(today, 9), 18), title: 'Holiday' },
  ]) {
    await admin.createTimeOff({
      timeOff: { ...timeOff, start: new Date(timeOff.start).toISOString(), end: new Date(timeOff.end).toISOString() },
    });
    summary.timeOff++;
  }

  // What will be booked: a few appointments a day (fewer further ahead), each booked 1–10 days before.
  const plans: Plan[] = [];
  const weights = SERVICES.flatMap((s) => Array<ServiceId>(s.weight).fill(s.id));
  for (let d = -span; d <= span; d++) {
    const date = addDays(today, d);
    if (dayOfWeek(date) === 'sunday') continue;
    const count = d < 0 ? 2 + int(3) : d <= 7 ? 1 + int(3) : int(2);
    for (let k = 0; k < count; k++) {
      const booked = at(addDays(date, -(1 + int(10))), 8 + int(9), int(4) * 15);
      const roll = random();
      plans.push({
        date,
        service: pick(weights),
        customer: pick(SAMPLE_CUSTOMERS),
        at: Math.min(booked, latest - int(48) * 15 * MINUTE_MS),
        byStaff: random() < 0.2,
        then: roll < 0.1 ? 'cancel' : roll < 0.16 ? 'reschedule' : 'keep',
      });
    }
  }

  /** A free time on `date` for the plan's service, as availability offers it at `target.clock.now`. */
  const freeTime = async (plan: Plan, date: string) => {
    const slots = await target.customer.getAvailability({
      serviceId: plan.service,
      start: new Date(at(date, 0)).toISOString(),
      end: new Date(at(addDays(date, 1), 0)).toISOString(),
    });
    return slots.length > 0 ? pick(slots) : undefined;
  };

  // Book in the order the bookings were made, then cancel and move some, each when it happened.
  const events = [
    ...plans.map((plan) => ({ when: plan.at, plan, kind: 'book' as const })),
    ...plans
      .filter((plan) => plan.then !== 'keep')
      .map((plan) => ({ when: plan.at + (1 + int(2)) * DAY_MS, plan, kind: plan.then })),
  ].sort((a, b) => a.when - b.when);

  for (const { when, plan, kind } of events) {
    target.clock.now = Math.min(when, latest);
    try {
      if (kind === 'book') {
        const slot = await freeTime(plan, plan.date);
        if (!slot) continue;
        const customer = { ...plan.customer, timeZone: zone };
        const answers = answersFor(plan.service, pick);
        const idempotencyKey = `sample-${plans.indexOf(plan)}`;
        let result: Pick<BookResult, 'manageToken'> & { appointment: { id: string; start: string } };
        if (plan.byStaff) {
          result = await target
            .staff('ben')
            .createAppointment({ serviceId: plan.service, start: slot.start, customer, answers, idempotencyKey });
          summary.byStaff++;
        } else {
          result = await target.customer.book({
            serviceId: plan.service,
            start: slot.start,
            customer,
            answers,
            consent: { accepted: true },
            idempotencyKey,
          });
        }
        plan.booked = {
          id: result.appointment.id,
          token: result.manageToken,
          start: Date.parse(result.appointment.start),
        };
        summary.appointments++;
      } else if (plan.booked && target.clock.now < plan.booked.start - 2 * 3_600_000) {
        // Customers change their bookings until the minimum lead time before the start.
        const { id: appointmentId, token: manageToken } = plan.booked;
        if (kind === 'cancel') {
          const reason = pick(CANCEL_REASONS);
          await target.customer.cancel({ appointmentId, manageToken, ...(reason ? { reason } : {}) });
          summary.cancelled++;
        } else {
          const slot = await freeTime(plan, addDays(plan.date, 1));
          if (!slot) continue;
          await target.customer.reschedule({ appointmentId, manageToken, start: slot.start });
          summary.rescheduled++;
        }
      }
    } catch (error) {
      // Staff bookings by someone not permitted, or a change past its cut-off: left out, never forced.
      if (!(error instanceof BookingError)) throw error;
    }
  }
  return summary;
}
