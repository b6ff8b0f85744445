import { expect } from '@open-wc/testing';
import {
  checkTemplate,
  fillTemplate,
  parseTemplate,
  splitAtDetails,
  TEMPLATE_KINDS,
  TEMPLATE_PLACEHOLDERS,
} from '../../src/core/message-templates.js';
import { BUILT_IN_MESSAGE_CATALOGUES } from '../../src/backend/messages/index.js';

describe('message templates', () => {
  it('fills named placeholders with plain text; {{ and }} are literal braces; a missing value is empty', () => {
    const { parts, problems } = parseTemplate('Hi {customerName} {{not}} {price}!', TEMPLATE_PLACEHOLDERS.confirmation);
    expect(problems).to.deep.equal([]);
    expect(fillTemplate(parts, { customerName: '<b>Ann</b>' })).to.equal('Hi <b>Ann</b> {not} !');
  });

  it('reports an unknown placeholder by name, line and column', () => {
    const { problems } = parseTemplate('Hello\n  {custmerName}', TEMPLATE_PLACEHOLDERS.confirmation);
    expect(problems).to.deep.equal([
      { message: 'unknown placeholder {custmerName} at line 2, column 3', offset: 8, line: 2, column: 3 },
    ]);
    expect(checkTemplate('x {event}', 'confirmation', 'body')).to.equal(
      'unknown placeholder {event} at line 1, column 3',
    );
    expect(checkTemplate('x {event}', 'staffNotification', 'body')).to.equal(null);
  });

  it('refuses a stray "{", {details} inside a line, twice, or in a subject', () => {
    expect(checkTemplate('a { b', 'reminder', 'body')).to.match(
      /starts no placeholder \(write "\{\{" for a brace\) at line 1, column 3/,
    );
    expect(checkTemplate('see {details}', 'reminder', 'body')).to.match(/must stand on a line of its own/);
    expect(checkTemplate('{details}\n{details}', 'reminder', 'body')).to.match(/only once at line 2, column 1/);
    expect(checkTemplate('{details}', 'reminder', 'subject')).to.match(/not the subject/);
  });

  it('splits the body at its {details} line', () => {
    const { parts } = parseTemplate('Hi\n\n{details}\n\nBye', TEMPLATE_PLACEHOLDERS.confirmation);
    const { before, after } = splitAtDetails(parts);
    expect(fillTemplate(before, {})).to.equal('Hi\n\n');
    expect(fillTemplate(after, {})).to.equal('\n\nBye');
  });

  it('every built-in default template is valid for its kind, in every language', () => {
    for (const [lang, catalogue] of Object.entries(BUILT_IN_MESSAGE_CATALOGUES)) {
      for (const kind of TEMPLATE_KINDS) {
        const t = catalogue.email.templates[kind];
        expect(checkTemplate(t.subject, kind, 'subject'), `${lang} ${kind}`).to.equal(null);
        expect(checkTemplate(t.body, kind, 'body'), `${lang} ${kind}`).to.equal(null);
      }
      for (const summary of Object.values(catalogue.email.summaries)) {
        expect(checkTemplate(summary, 'staffNotification', 'body'), `${lang} summary`).to.equal(null);
      }
    }
  });
});
