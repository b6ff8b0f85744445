// Every story renders without errors and without axe violations: the stories are part of the test
// suite, not only of the Storybook build. Loaders, decorators and play functions run as in Storybook
// (the file's loaders, then the story's, their results merged). The stories in other languages must
// show that language, the HTTP-backed ones (msw, stories/msw.ts) what their server answered.
import { expect, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { loadMessages, type Messages } from '../../src/i18n/index.js';
import { allElements, settled } from '../../stories/support.js';
import { serviceNameIn } from '../helpers/fixtures.js';
import {
  deepText,
  expectAccessibleInEveryMode,
  LANGUAGES,
  renderStory,
  watchErrors,
  type Args,
  type StoryLike,
} from '../helpers/stories.js';
import * as bookingAdminHours from '../../stories/booking-admin-hours.stories.js';
import * as bookingButton from '../../stories/booking-button.stories.js';
import * as bookingCalendar from '../../stories/booking-calendar.stories.js';
import * as bookingDetailsForm from '../../stories/booking-details-form.stories.js';
import * as bookingManage from '../../stories/booking-manage.stories.js';
import * as bookingPage from '../../stories/booking-page.stories.js';
import * as bookingSlotList from '../../stories/booking-slot-list.stories.js';
import * as bookingStaffPicker from '../../stories/booking-staff-picker.stories.js';
import * as bookingTimePicker from '../../stories/booking-time-picker.stories.js';
import * as bookingTimeZoneSelect from '../../stories/booking-time-zone-select.stories.js';

const files: Record<string, Record<string, unknown>> = {
  bookingAdminHours,
  bookingButton,
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
  'bookingButton.Open': (m) => [m.chooseService, serviceNameIn(m.lang)],
  'bookingButton.OwnText': () => ['Book your check-up'],
  'bookingPage.OverHttp': (m) => [m.chooseService, serviceNameIn(m.lang)],
  'bookingPage.OverHttpServerError': (m) => [m.loadFailed, m.retry],
  'bookingManage.BritishEnglish': (m) => [m.manageHeading, 'Dental cleaning'],
  'bookingManage.Rescheduling': (m) => [m.rescheduleHeading, m.timeZone],
  'bookingPage.DetailsStep': (m) => [m.yourDetails, m.contactHint],
  'bookingPage.DetailsWithErrors': (m) => [m.nameRequired, m.contactRequired],
  'bookingPage.Confirmation': (m) => [m.confirmedHeading, m.addToCalendar, m.manageLink],
  'bookingManage.AmericanEnglish': (m) => [m.manageHeading, 'AM'],
  'bookingManage.Danish': (m) => [m.manageHeading, m.reschedule],
  'bookingManage.German': (m) => [m.manageHeading, m.reschedule],
  'bookingManage.French': (m) => [m.manageHeading, m.reschedule],
  'bookingManage.Dutch': (m) => [m.manageHeading, m.reschedule],
  'bookingManage.Polish': (m) => [m.manageHeading, m.reschedule],
};

/**
 * Stories of a page that cannot load: the one console error <booking-page> logs for the site owner
 * (why it failed and the likely cause), which the customer never sees. Any other error fails.
 */
const EXPECTED_ERRORS: Partial<Record<string, RegExp>> = {
  'bookingPage.LoadError':
    /^<booking-page> could not load the booking page: its adapter's getBookingPage failed: The booking service could not be reached\.$/,
  'bookingPage.OverHttpServerError':
    /^<booking-page> could not load the booking page from api="\/story-api\/booking-page-error" \(.*\): the server answered HTTP 500 to .*\/story-api\/booking-page-error\/businesses\/@default\/booking-page\?languageTag=[\w-]+: The database did not answer\. Likely cause: the booking server could not answer/,
};

const errors = watchErrors();

async function check(file: string, name: string, meta: StoryLike, story: StoryLike, override: Args = {}) {
  errors.length = 0;
  const canvasElement = document.createElement('div');
  document.body.append(canvasElement);
  try {
    const args = { ...meta.args, ...story.args, ...override };
    await renderStory(meta, story, args, canvasElement);
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
    const expected = EXPECTED_ERRORS[`${file}.${name}`];
    if (expected) {
      await waitUntil(() => errors.length > 0, `${name}: the console error for the site owner`, { timeout: 10000 });
      expect(errors, 'one console error, for the site owner').to.have.length(1);
      expect(errors[0]).to.match(expected);
    } else {
      expect(errors, 'errors while rendering').to.deep.equal([]);
    }
    await expectAccessibleInEveryMode(canvasElement, name);
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
