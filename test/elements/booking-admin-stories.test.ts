// The back office's stories render without errors or axe violations, with their loaders and play
// functions run as in Storybook (the same check test/stories runs for the customer elements).
import { expect, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { loadAdminMessages } from '../../src/i18n/admin.js';
import * as stories from '../../stories/booking-admin.stories.js';
import { deepFind, settled } from '../../stories/support.js';
import {
  deepText,
  expectAccessibleInEveryMode,
  LANGUAGES,
  renderStory,
  watchErrors,
  type Args,
  type StoryLike,
} from '../helpers/stories.js';

const meta = stories.default as unknown as StoryLike;

/** What each story should show, so a story that renders the wrong thing fails too. */
const SHOWS: Record<string, string> = {
  Calendar: 'Appointments on',
  ClassSession: '3 of 8 seats taken',
  NewBooking: 'New booking for a customer',
  Services: 'Edit Dental cleaning',
  Staff: 'Edit Anna Larsen',
  Business: 'Published: customers can book online.',
  Translations: 'Danish (da): all 19 texts are translated.',
  TranslationsReadOnly: 'Tandrensning',
  Customers: 'Sofie Lund',
  Outbox: 'Booking confirmed',
  Templates: 'Word the e-mails your customers and staff receive',
  TemplatesDanish: 'Formulér de e-mails, dine kunder',
  Webhooks: 'https://crm.example.com/hooks/bookings',
  Reports: 'Download TSV',
  WhyNotBookable: 'Check',
  Scheduler: 'Signed in as Ben Nielsen (Scheduler)',
  TeamMember: 'Signed in as Carl Madsen (Team member)',
  Viewer: 'Signed in as Vera Holm (Viewer)',
  NoAccess: 'You don’t have access to this business.',
  Loading: 'Loading…',
  Unreachable: 'We couldn’t reach the booking service.',
  StandaloneWeek: 'Mon 30 Nov, 12:00–13:00 Back care class, 3 of 8 seats taken, Carl Madsen',
  StandaloneMonth: 'November 2026',
  German: 'Angemeldet als Anna Larsen (Administrator)',
  Polish: 'Zalogowano jako: Anna Larsen (Administrator)',
  Danish: 'Logget ind som Anna Larsen (Administrator)',
  OverHttp: 'Signed in as Anna Larsen (Administrator)',
  OverHttpSignIn: 'Sign in to the back office',
  OverHttpSignInRefused: 'The email address or the password is not right.',
  OverHttpSignedIn: 'Signed in as Anna Larsen (Administrator)',
};

describe('stories: Admin/booking-admin', () => {
  const errors = watchErrors();

  async function check(name: string, story: StoryLike, override: Args = {}) {
    errors.length = 0;
    const canvasElement = document.createElement('div');
    document.body.append(canvasElement);
    try {
      const args = { ...(meta.args ?? {}), ...story.args, ...override };
      await renderStory(meta, story, args, canvasElement, 15);
      if (override.lang) {
        // Another language: the back office's catalogue is its own chunk; wait until it speaks it.
        const lang = override.lang as string;
        const m = await loadAdminMessages(lang);
        const marks = [m.title, m.loading, m.noAccess, m.network, m.sections.calendar, m.signInTitle].map((t) =>
          t.replace(/\s+/g, ' '),
        );
        await waitUntil(() => marks.some((t) => deepText(canvasElement).includes(t)), `${name} speaks ${lang}`, {
          timeout: 15000,
        });
        await settled(canvasElement, 15);
      } else {
        expect(SHOWS, 'what the story should show').to.have.property(name);
        // Over HTTP the answers can take longer than settling waits for.
        await waitUntil(() => deepText(canvasElement).includes(SHOWS[name]), `${name} shows ${SHOWS[name]}`, {
          timeout: 10000,
        }).catch(() => undefined);
        expect(deepText(canvasElement), name).to.contain(SHOWS[name]);
      }
      expect(errors, 'errors while rendering').to.deep.equal([]);
      // A modal dialog hides the rest of the page from assistive technology; axe checks what is shown.
      const dialog = deepFind(canvasElement, 'dialog[open]');
      await expectAccessibleInEveryMode(dialog ?? canvasElement, name);
    } finally {
      render(null, canvasElement);
      canvasElement.remove();
    }
  }

  for (const [name, value] of Object.entries(stories)) {
    if (name === 'default') continue;
    const story = value as StoryLike;
    it(`${name} renders what it says, without errors or axe violations, in light, dark and forced colours`, () =>
      check(name, story));
    // In every other language too, unless the story is about one language or types English into the page.
    if (!(story.args && 'lang' in story.args) && !story.play) {
      for (const lang of LANGUAGES) {
        it(`${name} in ${lang}: no errors or axe violations, in light, dark and forced colours`, () =>
          check(name, story, { lang }));
      }
    }
  }
});
