import { expect } from '@open-wc/testing';
import { buildIcs, escapeIcsText, foldIcsLine, formatIcsDateTime } from '../../src/core/ics.js';

const utf8 = new TextEncoder();
const octets = (s: string): number => utf8.encode(s).length;

function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

const base = {
  uid: 'apt_1@booking-elements',
  dtstamp: Date.UTC(2026, 10, 1, 9, 0, 0),
  start: Date.UTC(2026, 11, 1, 8, 0, 0),
  end: Date.UTC(2026, 11, 1, 8, 30, 0),
  summary: 'Cleaning',
  method: 'REQUEST' as const,
  organizer: { name: 'Contoso Dental', email: 'desk@contoso.example' },
};

describe('core/ics (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and every kind of line break in TEXT', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeIcsText('tab\there\u0007bell')).to.equal('tab\therebell');
  });

  it('formats instants as UTC DATE-TIME', () => {
    expect(formatIcsDateTime(Date.UTC(2026, 0, 2, 3, 4, 5))).to.equal('20260102T030405Z');
  });

  it('leaves short lines alone and folds long ones at 75 octets with a leading space', () => {
    expect(foldIcsLine('SUMMARY:short')).to.equal('SUMMARY:short');
    const folded = foldIcsLine('DESCRIPTION:' + 'x'.repeat(200));
    const lines = folded.split('\r\n');
    expect(lines.length).to.equal(3);
    for (const line of lines) expect(octets(line)).to.be.at.most(75);
    expect(lines[0].length).to.equal(75);
    expect(lines[1].startsWith(' ')).to.equal(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).to.equal('DESCRIPTION:' + 'x'.repeat(200));
  });

  it('never splits a multibyte UTF-8 character when folding', () => {
    const text = 'SUMMARY:' + 'æøå€😀'.repeat(30);
    const lines = foldIcsLine(text).split('\r\n');
    expect(lines.length).to.be.greaterThan(1);
    for (const line of lines) {
      expect(octets(line)).to.be.at.most(75);
      // A lone surrogate would mean a character was cut in two.
      expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(line)).to.equal(false);
    }
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).to.equal(text);
  });

  it('builds a REQUEST with CRLF endings, UTC times, the join URL and people', () => {
    const ics = buildIcs({
      ...base,
      description: 'Bring your card; arrive early, please',
      joinUrl: 'https://meet.clinic.example/abc',
      organizer: { name: 'Contoso Dental', email: 'desk@contoso.example' },
      attendees: [{ name: 'Doe, Jane', email: 'jane@example.com' }],
    });
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).to.equal(false);
    const lines = unfold(ics);
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('VERSION:2.0');
    expect(lines).to.include('METHOD:REQUEST');
    expect(lines).to.include('UID:apt_1@booking-elements');
    expect(lines).to.include('DTSTAMP:20261101T090000Z');
    expect(lines).to.include('DTSTART:20261201T080000Z');
    expect(lines).to.include('DTEND:20261201T083000Z');
    expect(lines).to.include('STATUS:CONFIRMED');
    expect(lines).to.include('SEQUENCE:0');
    expect(lines).to.include('DESCRIPTION:Bring your card\\; arrive early\\, please');
    expect(lines).to.include('LOCATION:https://meet.clinic.example/abc');
    expect(lines).to.include('URL:https://meet.clinic.example/abc');
    expect(lines).to.include('ORGANIZER;CN=Contoso Dental:mailto:desk@contoso.example');
    expect(lines).to.include('ATTENDEE;CN="Doe, Jane";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jane@example.com');
    expect(lines.some((l) => l.startsWith('PRODID:'))).to.equal(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT').length).to.equal(1);
  });

  it('builds a CANCEL with STATUS:CANCELLED and the given SEQUENCE', () => {
    const lines = unfold(buildIcs({ ...base, method: 'CANCEL', sequence: 2 }));
    expect(lines).to.include('METHOD:CANCEL');
    expect(lines).to.include('STATUS:CANCELLED');
    expect(lines).to.include('SEQUENCE:2');
  });

  it('a download is a PUBLISH: no attendees, so no calendar asks anyone to reply', () => {
    const lines = unfold(
      buildIcs({ ...base, method: 'PUBLISH', attendees: [{ name: 'Jane', email: 'jane@example.com' }] }),
    );
    expect(lines).to.include('METHOD:PUBLISH');
    expect(lines.filter((l) => l.startsWith('ATTENDEE'))).to.deep.equal([]);
    // A publish without an organizer is fine (the business may have no address).
    const { organizer: _o, ...anonymous } = base;
    expect(unfold(buildIcs({ ...anonymous, method: 'PUBLISH' })).some((l) => l.startsWith('ORGANIZER'))).to.equal(
      false,
    );
  });

  it('an invitation (REQUEST, CANCEL) without an ORGANIZER is refused (RFC 5546)', () => {
    const { organizer: _o, ...anonymous } = base;
    expect(() => buildIcs(anonymous)).to.throw(TypeError, /ORGANIZER/);
    expect(() => buildIcs({ ...anonymous, method: 'CANCEL' })).to.throw(TypeError, /ORGANIZER/);
  });

  it('is pure: the same input gives the same bytes', () => {
    expect(buildIcs(base)).to.equal(buildIcs({ ...base }));
  });

  it('keeps a summary with line breaks on one logical line (no property injection)', () => {
    const lines = unfold(buildIcs({ ...base, summary: 'Hi\r\nATTENDEE:mailto:evil@example.com' }));
    expect(lines.filter((l) => l.startsWith('ATTENDEE')).length).to.equal(0);
    expect(lines).to.include('SUMMARY:Hi\\nATTENDEE:mailto:evil@example.com');
  });
});
