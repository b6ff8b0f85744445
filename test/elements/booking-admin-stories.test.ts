// The back office's stories render without errors or axe violations, with their loaders and play
// functions run as in Storybook (the same check test/stories runs for the customer elements).
import { expect, waitUntil } from '@open-wc/testing';
import { loadAdminMessages } from '../../src/i18n/admin.js';
import { emulateMedia } from '../helpers/emulate-media.js';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../stories/booking-admin.stories.js';
import { deepFind, settled } from '../../stories/support.js';

type Args = Record<string, unknown>;
interface Context {
  args: Args;
  loaded: Record<string, unknown>;
  canvasElement: HTMLElement;
}
interface StoryLike {
  args?: Args;
  render?: (args: Args, context: Context) => TemplateResult;
  loaders?: ((context: Context) => Promise<Record<string, unknown>>)[];
  play?: (context: Context) => Promise<void>;
}

const meta = stories.default as unknown as StoryLike;
const LANGUAGES = ['da', 'de', 'fr', 'nl', 'pl'];
/** After the light check: axe again in dark mode and in forced colours (Windows high contrast). */
const OTHER_MODES = [
  { colorScheme: 'dark', forcedColors: 'none' },
  { colorScheme: 'light', forcedColors: 'active' },
] as const;

/** What each story should show, so a story that renders the wrong thing fails too. */
const SHOWS: Record<string, string> = {
  Calendar: 'Appointments on',
  ClassSession: '3 of 8 seats taken',
  NewBooking: 'New booking for a customer',
  Services: 'Edit Dental cleaning',
  Staff: 'Edit Anna Larsen',
  Business: 'Published: customers can book online.',
  Customers: 'Sofie Lund',
  Outbox: 'Booking confirmed',
  Reports: 'Download TSV',
  WhyNotBookable: 'Check',
  Scheduler: 'Signed in as Ben Nielsen (Scheduler)',
  TeamMember: 'Signed in as Carl Madsen (Team member)',
  Viewer: 'Signed in as Vera Holm (Viewer)',
  NoAccess: 'You don’t have access to this business.',
  Loading: 'Loading…',
  Unreachable: 'We couldn’t reach the booking service.',
  StandaloneWeek: 'Staff member',
  German: 'Angemeldet als Anna Larsen (Administrator)',
  Polish: 'Zalogowano jako: Anna Larsen (Administrator)',
  Danish: 'Logget ind som Anna Larsen (Administrator)',
  OverHttp: 'Signed in as Anna Larsen (Administrator)',
  OverHttpSignIn: 'Sign in to the back office',
  OverHttpSignInRefused: 'The email address or the password is not right.',
  OverHttpSignedIn: 'Signed in as Anna Larsen (Administrator)',
};

function deepText(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += node.textContent ?? '';
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out.replace(/\s+/g, ' ');
}

const errors: string[] = [];
const originalConsoleError = console.error;
const onError = (e: ErrorEvent) => errors.push(String(e.message));
const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));

describe('stories: Admin/booking-admin', () => {
  before(() => {
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      originalConsoleError(...args);
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    console.error = originalConsoleError;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

  async function check(name: string, story: StoryLike, override: Args = {}) {
    errors.length = 0;
    const canvasElement = document.createElement('div');
    document.body.append(canvasElement);
    try {
      const args = { ...(meta.args ?? {}), ...story.args, ...override };
      const context: Context = { args, loaded: {}, canvasElement };
      // The file's loaders, then the story's, their results merged (as in Storybook).
      for (const loader of [...(meta.loaders ?? []), ...(story.loaders ?? [])])
        Object.assign(context.loaded, await loader(context));
      render((story.render ?? meta.render)!(args, context), canvasElement);
      await settled(canvasElement, 15);
      if (story.play) await story.play(context);
      await settled(canvasElement, 15);
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
      await expect(dialog ?? canvasElement).to.be.accessible();
      for (const media of OTHER_MODES) {
        await emulateMedia(media);
        await expect(
          dialog ?? canvasElement,
          `${name} in ${media.colorScheme}, forced colours ${media.forcedColors}`,
        ).to.be.accessible();
      }
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
