// Every story renders without errors and without axe violations: the stories are part of the test
// suite, not only of the Storybook build. Loaders, decorators and play functions run as in Storybook.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { settled } from '../../stories/support.js';
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

for (const [file, module] of Object.entries(files)) {
  const meta = module.default as StoryLike & { title: string };
  describe(`stories: ${meta.title}`, () => {
    for (const [name, value] of Object.entries(module)) {
      if (name === 'default' || name.startsWith('__')) continue;
      const story = value as StoryLike;
      it(`${name} renders without errors or axe violations`, async () => {
        errors.length = 0;
        const canvasElement = document.createElement('div');
        document.body.append(canvasElement);
        try {
          const args = { ...meta.args, ...story.args };
          const context: Context = { args, loaded: {}, canvasElement };
          for (const loader of story.loaders ?? meta.loaders ?? [])
            Object.assign(context.loaded, await loader(context));
          const renderStory = story.render ?? meta.render;
          expect(renderStory, `${file}.${name} has a render function`).to.be.a('function');
          let show = () => renderStory!(args, context);
          for (const decorator of [...(meta.decorators ?? []), ...(story.decorators ?? [])]) {
            const inner = show;
            show = () => decorator(inner, context);
          }
          render(show(), canvasElement);
          await settled(canvasElement);
          if (story.play) {
            await story.play(context);
            await settled(canvasElement);
          }
          expect(canvasElement.querySelector('*'), 'the story rendered something').to.exist;
          expect(errors, 'errors while rendering').to.deep.equal([]);
          await expect(canvasElement).to.be.accessible();
        } finally {
          render(null, canvasElement);
          canvasElement.remove();
        }
      });
    }
  });
}
