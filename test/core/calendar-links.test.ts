import { expect } from '@open-wc/testing';
import {
  calendarLinks,
  googleCalendarLink,
  microsoft365CalendarLink,
  outlookComCalendarLink,
} from '../../src/core/calendar-links.js';

// 09:00–09:30 in Copenhagen (UTC+1) on 3 March 2026.
const event = {
  title: 'Cleaning – Contoso & Co',
  start: Date.parse('2026-03-03T08:00:00Z'),
  end: Date.parse('2026-03-03T08:30:00Z'),
  details: 'Manage: https://clinic.example/manage#appointment=a1&token=t',
  location: 'Nørregade 12, København',
};

describe('add-to-calendar links', () => {
  it('Google: the event template with UTC basic times, text, details and location', () => {
    const url = new URL(googleCalendarLink(event));
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.get('dates')).to.equal('20260303T080000Z/20260303T083000Z');
    expect(url.searchParams.get('text')).to.equal(event.title);
    expect(url.searchParams.get('details')).to.equal(event.details);
    expect(url.searchParams.get('location')).to.equal(event.location);
  });

  it('Outlook.com and Microsoft 365: the compose deep link with subject, startdt, enddt, body, location', () => {
    for (const [link, host] of [
      [outlookComCalendarLink(event), 'outlook.live.com'],
      [microsoft365CalendarLink(event), 'outlook.office.com'],
    ] as const) {
      const url = new URL(link);
      expect(url.origin + url.pathname).to.equal(`https://${host}/calendar/0/deeplink/compose`);
      expect(url.searchParams.get('path')).to.equal('/calendar/action/compose');
      expect(url.searchParams.get('rru')).to.equal('addevent');
      expect(url.searchParams.get('subject')).to.equal(event.title);
      expect(url.searchParams.get('startdt')).to.equal('2026-03-03T08:00:00Z');
      expect(url.searchParams.get('enddt')).to.equal('2026-03-03T08:30:00Z');
      expect(url.searchParams.get('body')).to.equal(event.details);
      expect(url.searchParams.get('location')).to.equal(event.location);
      // The manage link's own "#" and "&" stay inside the parameter.
      expect(url.hash).to.equal('');
    }
  });

  it('leaves out what the event does not have, and builds all three at once', () => {
    const bare = { title: 'X', start: event.start, end: event.end };
    expect(new URL(googleCalendarLink(bare)).searchParams.has('details')).to.equal(false);
    expect(new URL(outlookComCalendarLink(bare)).searchParams.has('location')).to.equal(false);
    expect(calendarLinks(event)).to.deep.equal({
      google: googleCalendarLink(event),
      outlookCom: outlookComCalendarLink(event),
      microsoft365: microsoft365CalendarLink(event),
    });
  });
});
