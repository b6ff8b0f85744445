// Every story renders without errors and without axe violations: the stories are part of the test
// suite, not only of the Storybook build. Loaders, decorators and play functions run as in Storybook
// (the file's loaders, then the story's, their results merged). The stories in other languages must
// show that language, the HTTP-backed ones (msw, stories/msw.ts) what their server answered.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '../helpers/emulate-media.js';
import { render, type TemplateResult } from 'lit';
import { loadMessages, type Messages } from '../../src/i18n/index.js';
import { allElements, settled } from '../../stories/support.js';
import * as bookingCalendar from '../../stories/booking-calendar.stories.js';
import * as bookingDetailsForm from '../../stories/booking-details-form.stories.js';
import * as bookingManage from '../../stories/booking-manage.stories.js';
import * as bookingPage from '../../stories/booking-page.stories.js';
import * as bookingSlotList from '../../stories/booking-slot-list.stories.js';
import * as bookingStaffPicker from '../../stories/booking-staff-picker.stories.js';
import * as bookingTimePicker from '../../stories/booking-time-picker.stories.js';
import * as bookingTimeZoneSelect from '../../stories/booking-time-zone-select.stories.js';

type Args = Record<string, unknown>;
interface Context {
  args: Args;
  loaded: Record<string, unknown>;
  canvasElement: HTMLElement;
}
type Render = (args: Args, context: Context) => TemplateResult;
interface StoryLike {
  args?: Args;
  render?: Render;
  loaders?: ((context: Context) => Promise<Record<string, unknown>>)[];
  decorators?: ((story: () => TemplateResult, context: Context) => TemplateResult)[];
  play?: (context: Context) => Promise<void>;
}

const files: Record<string, Record<string, unknown>> = {
  bookingCalendar,
  bookingDetailsForm,
  bookingManage,
  bookingPage,
  bookingSlotList,
  bookingStaffPicker,
  bookingTimePicker,
  bookingTimeZoneSelect,
};

/** What a story must show, in the catalogue of its `lang`, beyond rendering without errors. */
type Shows = (m: Messages) => string[];
const inLanguage: Shows = (m) => [m.chooseTime, m.anyone];
const SHOWS: Partial<Record<string, Shows>> = {
  'bookingPage.BritishEnglish': inLanguage,
  'bookingPage.AmericanEnglish': (m) => [...inLanguage(m), 'AM'],
  'bookingPage.Danish': inLanguage,
  'bookingPage.German': inLanguage,
  'bookingPage.French': inLanguage,
  'bookingPage.Dutch': inLanguage,
  'bookingPage.Polish': inLanguage,
  'bookingPage.OverHttp': (m) => [m.chooseService, 'Dental cleaning'],
  'bookingPage.OverHttpServerError': (m) => [m.loadFailed, m.retry],
  'bookingManage.BritishEnglish': (m) => [m.manageHeading, 'Dental cleaning'],
  'bookingManage.AmericanEnglish': (m) => [m.manageHeading, 'AM'],
  'bookingManage.Danish': (m) => [m.manageHeading, m.reschedule],
  'bookingManage.German': (m) => [m.manageHeading, m.reschedule],
  'bookingManage.French': (m) => [m.manageHeading, m.reschedule],
  'bookingManage.Dutch': (m) => [m.manageHeading, m.reschedule],
  'bookingManage.Polish': (m) => [m.manageHeading, m.reschedule],
};

/** The text a reader gets, through shadow roots. */
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
before(() => {
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    originalConsoleError(...args);
  };
  window.addEventListener('error', (e) => errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
});
after(() => {
  console.error = originalConsoleError;
});

const LANGUAGES = ['da', 'de', 'fr', 'nl', 'pl'];
/** After the light check: axe again in dark mode and in forced colours (Windows high contrast). */
const OTHER_MODES = [
  { colorScheme: 'dark', forcedColors: 'none' },
  { colorScheme: 'light', forcedColors: 'active' },
] as const;

afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));

async function check(file: string, name: string, meta: StoryLike, story: StoryLike, override: Args = {}) {
  errors.length = 0;
  const canvasElement = document.createElement('div');
  document.body.append(canvasElement);
  try {
    const args = { ...meta.args, ...story.args, ...override };
    const context: Context = { args, loaded: {}, canvasElement };
    for (const loader of [...(meta.loaders ?? []), ...(story.loaders ?? [])])
      Object.assign(context.loaded, await loader(context));
    const renderStory = story.render ?? meta.render;
    expect(renderStory, `${file}.${name} has a render function`).to.be.a('function');
    // The story's decorators wrap it first, then the file's.
    let show = () => renderStory!(args, context);
    for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
      const inner = show;
      show = () => decorator(inner, context);
    }
    render(show(), canvasElement);
    await settled(canvasElement);
    if (story.play) {
      await story.play(context);
      await settled(canvasElement);
    }
    const lang = typeof args.lang === 'string' ? args.lang : 'en';
    const shows = SHOWS[`${file}.${name}`];
    if (shows) {
      const wanted = shows(await loadMessages(lang));
      // Over HTTP the answers take a few turns of the event loop more than settling waits for.
      await waitUntil(
        () => wanted.every((t) => deepText(canvasElement).includes(t)),
        `${name} shows ${wanted.join(', ')}`,
        {
          timeout: 10000,
        },
      );
    }
    const containers = () => allElements(canvasElement).filter((el) => el.getAttribute('part') === 'container');
    if (shows || override.lang) {
      // The catalogue is its own chunk: wait until the element speaks the language and says so.
      await waitUntil(
        () => containers().every((el) => el.getAttribute('lang') === lang),
        `${name}: the text is marked with its language (${lang})`,
        { timeout: 10000 },
      );
      await settled(canvasElement, 5);
    }
    expect(canvasElement.querySelector('*'), 'the story rendered something').to.exist;
    expect(errors, 'errors while rendering').to.deep.equal([]);
    await expect(canvasElement).to.be.accessible();
    for (const media of OTHER_MODES) {
      await emulateMedia(media);
      await expect(
        canvasElement,
        `${name} in ${media.colorScheme}, forced colours ${media.forcedColors}`,
      ).to.be.accessible();
    }
  } finally {
    render(null, canvasElement);
    canvasElement.remove();
  }
}

for (const [file, module] of Object.entries(files)) {
  const meta = module.default as StoryLike & { title: string };
  describe(`stories: ${meta.title}`, () => {
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default' || name.startsWith('__')) continue;
      const story = value as StoryLike;
      it(`${name} renders without errors or axe violations, in light, dark and forced colours`, () =>
        check(file, name, meta, story));
      // Stories of elements with a language control, in each other language too (the stories made
      // for one language stay in theirs).
      if (meta.args && 'lang' in meta.args && !(story.args && 'lang' in story.args)) {
        for (const lang of LANGUAGES) {
          it(`${name} in ${lang}: no errors or axe violations, in light, dark and forced colours`, () =>
            check(file, name, meta, story, { lang }));
        }
      }
    }
  });
}
