// ReferenceAdapter specifics beyond the shared contract: constructor validation, the injected
// providers (meeting links, personal calendars, randomness, manage links), and what is stored.
import { expect } from '@open-wc/testing';
import {
  BookingError,
  ReferenceAdapter,
  deleteReferenceDatabase,
  type BookRequest,
  type MeetingLinkRequest,
} from '../../src/adapters/index.js';
import { CONTRACT_NOW, contractConfig, cph } from '../../src/testing/index.js';

const TUE = '2026-03-03';

function request(overrides: Partial<BookRequest> = {}): BookRequest {
  return {
    serviceId: 'consult',
    staffMemberId: 'ann',
    start: cph(TUE, '09:00'),
    customer: { name: 'Jane Doe', emailAddress: 'jane@example.com', timeZone: 'Europe/Copenhagen' },
    answers: [{ questionId: 'insurance', answer: 'X' }],
    consent: { accepted: true },
    idempotencyKey: `options-${crypto.randomUUID()}`,
    ...overrides,
  };
}

function memory(extra: Partial<ConstructorParameters<typeof ReferenceAdapter>[0]> = {}): ReferenceAdapter {
  return new ReferenceAdapter({ config: contractConfig(), storage: 'memory', now: () => CONTRACT_NOW, ...extra });
}

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('ReferenceAdapter options', () => {
  it('refuses an invalid configuration in the constructor with paths', () => {
    const [clinic, annex] = contractConfig();
    const tryConfig = (config: unknown): BookingError => {
      try {
        new ReferenceAdapter({ config, storage: 'memory', now: () => CONTRACT_NOW });
      } catch (e) {
        return e as BookingError;
      }
      throw new Error('no error');
    };
    const single = tryConfig({ ...clinic, businessTimeZone: 'Atlantis/Capital' });
    expect(single).to.be.instanceOf(BookingError);
    expect(single.code).to.equal('invalid-input');
    expect(single.issues.map((i) => i.path)).to.include('businessTimeZone');
    const listed = tryConfig([clinic, { ...annex, webSiteUrl: 'javascript:alert(1)' }]);
    expect(listed.issues.map((i) => i.path)).to.include('[1].webSiteUrl');
    const duplicate = tryConfig([clinic, { ...annex, id: clinic.id }]);
    expect(duplicate.issues.map((i) => i.path)).to.include('[1].id');
    const user = (() => {
      try {
        memory({ signedInUser: { emailAddress: 'nope' } });
      } catch (e) {
        return e as BookingError;
      }
      throw new Error('no error');
    })();
    expect(user.issues.map((i) => i.path)).to.include('signedInUser.emailAddress');
  });

  it('uses the meeting-link provider, and refuses a link that is not https without writing', async () => {
    const calls: MeetingLinkRequest[] = [];
    let link = 'https://video.example.com/room/1';
    const adapter = memory({
      meetingLinks: (a) => {
        calls.push(a);
        return Promise.resolve(link);
      },
    });
    await adapter.asStaff('ann').updateBusiness({ patch: { meetingProvider: { kind: 'hook' } } });
    const video = { serviceId: 'video', staffMemberId: 'bob', answers: [] };
    const { appointment } = await adapter.book(request(video));
    expect(appointment.joinWebUrl).to.equal('https://video.example.com/room/1');
    expect(calls[0]?.appointmentId).to.equal(appointment.id);
    expect(calls[0]?.start).to.equal(appointment.start);
    link = 'javascript:alert(1)';
    const error = await caught(adapter.book(request({ ...video, start: cph(TUE, '10:00') })));
    expect((error as BookingError).code).to.equal('network');
    const list = await adapter
      .asStaff('ann')
      .listAppointments({ start: cph(TUE, '00:00'), end: cph('2026-03-04', '00:00') });
    expect(list.length).to.equal(1);
  });

  it('R16: Jitsi rooms on the configured server, unguessable and unique per appointment', async () => {
    const adapter = memory();
    const video = { serviceId: 'video', staffMemberId: 'bob', answers: [] };
    const a = await adapter.book(request(video));
    const b = await adapter.book(request({ ...video, start: cph(TUE, '10:00') }));
    const url = new URL(a.appointment.joinWebUrl!);
    expect(url.origin).to.equal('https://meet.clinic.example');
    expect(url.pathname).to.match(/^\/[0-9a-f]{32}$/);
    expect(a.appointment.joinWebUrl).not.to.equal(b.appointment.joinWebUrl);
    expect(JSON.stringify(await adapter.asStaff('ann').listOutbox({}))).not.to.include('example.invalid');
  });

  it('R16: a URL template per service fills {room} and the appointment placeholders', async () => {
    const adapter = memory();
    await adapter.asStaff('ann').updateService({
      serviceId: 'video',
      patch: {
        meetingProvider: {
          kind: 'urlTemplate',
          urlTemplate: 'https://video.example.com/{serviceId}/{room}?a={appointmentId}',
        },
      },
    });
    const { appointment } = await adapter.book(request({ serviceId: 'video', staffMemberId: 'bob', answers: [] }));
    const url = new URL(appointment.joinWebUrl!);
    expect(url.pathname).to.match(/^\/video\/[0-9a-f]{32}$/);
    expect(url.searchParams.get('a')).to.equal(appointment.id);
  });

  it('R16: without a provider an online service is not offered, and publishing with one so is refused', async () => {
    // A stored configuration without a provider (the server's default was removed since).
    const config = contractConfig().map(({ meetingProvider: _none, ...b }) => b);
    const adapter = memory({ config });
    const page = await adapter.getBookingPage({});
    expect(page.services.map((s) => s.id)).not.to.include('video');
    const booking = await caught(adapter.book(request({ serviceId: 'video', staffMemberId: 'bob', answers: [] })));
    expect((booking as BookingError).code).to.equal('policy-violation');
    const admin = adapter.asStaff('ann');
    // Other edits still work; publishing anew is refused with the reason, at the service.
    await admin.updateBusiness({ patch: { phone: '+45 11 22 33 44' } });
    await admin.unpublish({});
    const refused = (await caught(admin.publish({}))) as BookingError;
    expect(refused.code).to.equal('policy-violation');
    expect(refused.issues.map((i) => i.path)).to.deep.equal(['services[3].meetingProvider']);
    expect((await admin.getBusiness({})).bookingPageSettings.isPublished).to.equal(false);
    await admin.updateService({ serviceId: 'video', patch: { meetingProvider: { kind: 'jitsi' } } });
    await admin.publish({});
    const { appointment } = await adapter.book(request({ serviceId: 'video', staffMemberId: 'bob', answers: [] }));
    expect(new URL(appointment.joinWebUrl!).origin).to.equal('https://meet.jit.si');
    // On a published page, an edit that takes the provider away is refused and changes nothing.
    const removed = (await caught(
      admin.updateService({ serviceId: 'video', patch: { meetingProvider: null } }),
    )) as BookingError;
    expect(removed.code).to.equal('policy-violation');
    expect((await admin.listServices({})).find((s) => s.id === 'video')?.meetingProvider).to.deep.equal({
      kind: 'jitsi',
    });
  });

  it('R16: a template without {room} or with a foreign placeholder is refused', async () => {
    const admin = memory().asStaff('ann');
    for (const urlTemplate of [
      'https://video.example.com/fixed',
      'https://video.example.com/{room}/{secret}',
      'ftp://x/{room}',
    ]) {
      const error = (await caught(
        admin.updateBusiness({ patch: { meetingProvider: { kind: 'urlTemplate', urlTemplate } } }),
      )) as BookingError;
      expect(error.code, urlTemplate).to.equal('invalid-input');
      expect(error.issues[0]?.path).to.equal('patch.meetingProvider.urlTemplate');
    }
  });

  it("follows the policy's random assignment with the injected random source", async () => {
    for (const [random, expected] of [
      [0, 'ann'],
      [0.99, 'bob'],
    ] as const) {
      const adapter = memory({ random: () => random });
      await adapter
        .asStaff('ann')
        .updateBusiness({ patch: { schedulingPolicy: { staffAssignment: 'random' } as never } });
      const { appointment } = await adapter.book(request({ staffMemberId: undefined }));
      expect(appointment.staffMemberIds).to.deep.equal([expected]);
    }
  });

  it('asks the personal calendar for the staff member and an ISO range', async () => {
    const asked: { staffMemberId: string; start: string; end: string }[] = [];
    const adapter = memory({
      personalCalendar: (staffMemberId, range) => {
        asked.push({ staffMemberId, ...range });
        return [];
      },
    });
    await adapter.getAvailability({ serviceId: 'synced', start: cph(TUE, '00:00'), end: cph('2026-03-04', '00:00') });
    expect(asked.map((a) => a.staffMemberId)).to.deep.equal(['cal']);
    expect(Date.parse(asked[0].start)).to.be.at.most(Date.parse(cph(TUE, '00:00')));
    expect(Date.parse(asked[0].end)).to.be.at.least(Date.parse(cph('2026-03-04', '00:00')));
  });

  it('puts the manage link in the customer confirmation only', async () => {
    const adapter = memory({ manageLink: (i) => `https://clinic.example/manage/${i.appointmentId}#${i.manageToken}` });
    const { appointment, manageToken } = await adapter.book(request());
    const outbox = await adapter.asStaff('ann').listOutbox({ appointmentId: appointment.id });
    const customer = outbox.find((m) => m.recipient.role === 'customer' && m.kind === 'confirmation')!;
    expect(customer.body).to.include(`https://clinic.example/manage/${appointment.id}#${manageToken}`);
    for (const m of outbox.filter((x) => x.recipient.role !== 'customer')) expect(m.body).not.to.include(manageToken);
  });

  it('an abort that arrives while the booking is being prepared writes nothing', async () => {
    const controller = new AbortController();
    const adapter = memory({
      meetingLinks: () => {
        controller.abort();
        return 'https://video.example.com/r';
      },
    });
    await adapter.asStaff('ann').updateBusiness({ patch: { meetingProvider: { kind: 'hook' } } });
    const error = await caught(
      adapter.book(request({ serviceId: 'video', staffMemberId: 'bob', answers: [] }), { signal: controller.signal }),
    );
    expect((error as DOMException).name).to.equal('AbortError');
    expect(error).to.be.instanceOf(DOMException);
    const list = await adapter
      .asStaff('ann')
      .listAppointments({ start: cph(TUE, '00:00'), end: cph('2026-03-04', '00:00') });
    expect(list).to.deep.equal([]);
  });

  it('stores only a hash of the manage token (R14), in IndexedDB too', async () => {
    const databaseName = `tokens-${crypto.randomUUID()}`;
    const adapter = new ReferenceAdapter({
      config: contractConfig(),
      storage: 'indexeddb',
      databaseName,
      now: () => CONTRACT_NOW,
    });
    try {
      const { appointment, manageToken } = await adapter.book(request());
      adapter.close();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(databaseName);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('open failed'));
      });
      const read = (store: string) =>
        new Promise<unknown[]>((resolve, reject) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => resolve(r.result as unknown[]);
          r.onerror = () => reject(r.error ?? new Error('read failed'));
        });
      const appointments = JSON.stringify(await read('appointments'));
      const idempotency = JSON.stringify(await read('idempotency'));
      db.close();
      expect(appointments).to.include(appointment.id);
      expect(appointments).not.to.include(manageToken);
      expect(idempotency).not.to.include(manageToken);
    } finally {
      await deleteReferenceDatabase(databaseName);
    }
  });

  describe('invitations always name an ORGANIZER (RFC 5546)', () => {
    /** The clinic with no e-mail address for the business or its staff. */
    function withoutAddresses(webSiteUrl?: string) {
      const config = contractConfig();
      const clinic = config[0] as Record<string, unknown> & { staffMembers: Record<string, unknown>[] };
      delete clinic.email;
      if (webSiteUrl) clinic.webSiteUrl = webSiteUrl;
      else delete clinic.webSiteUrl;
      for (const s of clinic.staffMembers) delete s.emailAddress;
      return config;
    }
    const organizerOf = async (adapter: ReferenceAdapter) => {
      const { appointment } = await adapter.book(request());
      const admin = adapter.asStaff('ann');
      const [confirmation] = (await admin.listOutbox({ appointmentId: appointment.id })).filter(
        (m) => m.kind === 'confirmation' && m.ics,
      );
      return confirmation
        .ics!.replace(/\r\n /g, '')
        .split('\r\n')
        .find((l) => l.startsWith('ORGANIZER'));
    };

    it('the configured sender address when neither the business nor the staff member has one', async () => {
      const adapter = new ReferenceAdapter({
        config: withoutAddresses(),
        storage: 'memory',
        now: () => CONTRACT_NOW,
        senderAddress: 'bookings@clinic.example',
      });
      expect(await organizerOf(adapter)).to.equal('ORGANIZER;CN=Contract Clinic:mailto:bookings@clinic.example');
    });

    it('by default bookings@ the business’s web site, else an address of the reserved .invalid domain', async () => {
      const site = new ReferenceAdapter({
        config: withoutAddresses('https://www.clinic.example/about'),
        storage: 'memory',
        now: () => CONTRACT_NOW,
      });
      expect(await organizerOf(site)).to.equal('ORGANIZER;CN=Contract Clinic:mailto:bookings@clinic.example');
      const none = new ReferenceAdapter({ config: withoutAddresses(), storage: 'memory', now: () => CONTRACT_NOW });
      expect(await organizerOf(none)).to.equal('ORGANIZER;CN=Contract Clinic:mailto:bookings@booking-elements.invalid');
    });

    it('the business’s own address first', async () => {
      expect(await organizerOf(memory({ senderAddress: 'other@x.example' }))).to.equal(
        'ORGANIZER;CN=Contract Clinic:mailto:owner@clinic.example',
      );
    });
  });
});
