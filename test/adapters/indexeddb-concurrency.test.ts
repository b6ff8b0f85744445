// R11 across connections: several same-origin pages (iframes), each with its own ReferenceAdapter
// and IndexedDB connection on one database, race for the same slots. Every slot must end with at
// most its capacity, every loser must get slot-unavailable, and every confirmed booking must still
// be there after all connections are closed and the database is opened again ("reload").
import { expect } from '@open-wc/testing';
import { ReferenceAdapter, deleteReferenceDatabase, type BookRequest } from '../../src/adapters/index.js';
import { CONTRACT_NOW, contractConfig, cph } from '../../src/testing/index.js';
import type { FrameCommand, FrameOutcome, FrameReport } from './fixtures/booking-frame.js';

const FRAMES = 4;
const ATTEMPTS_PER_FRAME_PER_SLOT = 3;
const TUE = '2026-03-03';

interface SlotSpec {
  label: string;
  capacity: number;
  request: Omit<BookRequest, 'customer' | 'idempotencyKey'>;
}

const consent = { accepted: true };
const insurance = [{ questionId: 'insurance', answer: 'X' }];
const SLOTS: SlotSpec[] = [
  {
    label: 'consult/ann 09:00',
    capacity: 1,
    request: { serviceId: 'consult', staffMemberId: 'ann', start: cph(TUE, '09:00'), answers: insurance, consent },
  },
  {
    label: 'consult/ann 09:30',
    capacity: 1,
    request: { serviceId: 'consult', staffMemberId: 'ann', start: cph(TUE, '09:30'), answers: insurance, consent },
  },
  {
    label: 'consult/Anyone 14:00',
    capacity: 2,
    request: { serviceId: 'consult', start: cph(TUE, '14:00'), answers: insurance, consent },
  },
  {
    label: 'yoga/ann 11:00 (3 seats)',
    capacity: 3,
    request: { serviceId: 'yoga', staffMemberId: 'ann', start: cph(TUE, '11:00'), answers: [], consent },
  },
];

function waitFor<T extends FrameReport['type']>(
  frame: HTMLIFrameElement,
  type: T,
  timeoutMs = 15_000,
): Promise<Extract<FrameReport, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      window.removeEventListener('message', onMessage);
      reject(new Error(`frame did not report ${type} within ${timeoutMs} ms`));
    }, timeoutMs);
    function onMessage(event: MessageEvent<FrameReport>): void {
      if (event.source !== frame.contentWindow) return;
      if (event.data.type === 'error') {
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        reject(new Error(event.data.message));
      } else if (event.data.type === type) {
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        resolve(event.data as Extract<FrameReport, { type: T }>);
      }
    }
    window.addEventListener('message', onMessage);
  });
}

function send(frame: HTMLIFrameElement, command: FrameCommand): void {
  frame.contentWindow!.postMessage(command, location.origin);
}

describe('ReferenceAdapter on IndexedDB: concurrent bookings from several pages (R11)', () => {
  const databaseName = `race-${crypto.randomUUID()}`;
  const frames: HTMLIFrameElement[] = [];

  after(async () => {
    for (const f of frames) f.remove();
    await deleteReferenceDatabase(databaseName);
  });

  it('never exceeds a slot’s capacity, tells every loser slot-unavailable, and loses nothing on reload', async function () {
    this.timeout(60_000);
    const config = contractConfig();

    for (let i = 0; i < FRAMES; i++) {
      const frame = document.createElement('iframe');
      const loaded = new Promise<void>((resolve) => {
        const onMessage = (event: MessageEvent<FrameReport>): void => {
          if (event.source === frame.contentWindow && event.data.type === 'loaded') {
            window.removeEventListener('message', onMessage);
            resolve();
          }
        };
        window.addEventListener('message', onMessage);
      });
      frame.src = new URL('./fixtures/booking-frame.html', import.meta.url).href;
      frame.title = `booking tab ${i}`;
      document.body.append(frame);
      frames.push(frame);
      await loaded;
    }

    // Every frame opens its own connection and seeds (concurrently: seeding must be race-free too).
    const ready = frames.map((f) => waitFor(f, 'ready'));
    frames.forEach((f, i) => send(f, { type: 'setup', frame: i, databaseName, config, now: CONTRACT_NOW }));
    await Promise.all(ready);

    // Each frame gets several attempts at every slot, interleaved so that the frames collide.
    const slotOf = new Map<string, SlotSpec>();
    const requestsFor = (frame: number): BookRequest[] => {
      const out: BookRequest[] = [];
      for (let k = 0; k < ATTEMPTS_PER_FRAME_PER_SLOT; k++) {
        for (const slot of SLOTS) {
          const idempotencyKey = `race-${frame}-${k}-${slot.label.replace(/\W+/g, '-')}`;
          slotOf.set(idempotencyKey, slot);
          out.push({
            ...slot.request,
            customer: { name: `Tab ${frame} try ${k}`, emailAddress: `t${frame}k${k}@example.com`, timeZone: 'UTC' },
            idempotencyKey,
          });
        }
      }
      return out;
    };
    const sent = frames.map((_, i) => requestsFor(i));
    const results = frames.map((f) => waitFor(f, 'results', 45_000));
    frames.forEach((f, i) => send(f, { type: 'go', frame: i, requests: sent[i] }));
    const reports = await Promise.all(results);

    const wins = new Map<SlotSpec, Extract<FrameOutcome, { ok: true }>[]>(SLOTS.map((s) => [s, []]));
    let losers = 0;
    reports.forEach((r, frame) => {
      r.outcomes.forEach((outcome, i) => {
        const slot = slotOf.get(sent[frame][i].idempotencyKey)!;
        if (outcome.ok) wins.get(slot)!.push(outcome);
        else {
          losers++;
          expect(outcome.code, `loser of ${slot.label}`).to.equal('slot-unavailable');
        }
      });
    });
    for (const slot of SLOTS) {
      // With 12 attempts per slot every seat is taken, and never one more.
      expect(wins.get(slot)!.length, slot.label).to.equal(slot.capacity);
    }
    const totalAttempts = FRAMES * ATTEMPTS_PER_FRAME_PER_SLOT * SLOTS.length;
    const confirmed = [...wins.values()].flat();
    expect(losers + confirmed.length).to.equal(totalAttempts);
    // Anyone: the two winners got different staff members.
    const anyone = wins
      .get(SLOTS[2])!
      .map((w) => w.staffMemberId)
      .sort();
    expect(anyone).to.deep.equal(['ann', 'bob']);

    // "Reload": every frame has closed its connection; remove the pages and open the database afresh.
    for (const f of frames.splice(0)) f.remove();
    const reopened = new ReferenceAdapter({ config, storage: 'indexeddb', databaseName, now: () => CONTRACT_NOW });
    try {
      const stored = await reopened
        .asStaff('ann')
        .listAppointments({ start: cph(TUE, '00:00'), end: cph('2026-03-04', '00:00') });
      expect(stored.length).to.equal(confirmed.length);
      const ids = new Set(stored.map((a) => a.id));
      for (const c of confirmed)
        expect(ids.has(c.appointmentId), `confirmed ${c.appointmentId} is stored`).to.equal(true);
      for (const slot of SLOTS) {
        const inSlot = stored.filter(
          (a) => a.serviceId === slot.request.serviceId && Date.parse(a.start) === Date.parse(slot.request.start),
        );
        expect(inSlot.length, slot.label).to.be.at.most(slot.capacity);
      }
    } finally {
      reopened.close();
    }
  });
});
