// The back office's stories render without errors or axe violations, with their loaders and play
// functions run as in Storybook (the same check test/stories runs for the customer elements).
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../stories/booking-admin.stories.js';
import { deepFind } from '../../stories/support.js';

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
};

/** Every element under `root`, through shadow roots, each once. */
function allElements(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.children) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
      walk(el);
    }
  };
  walk(root);
  return out;
}

/** Waits until every element has finished updating and the adapter calls have settled (linear in the tree). */
async function settled(root: Element, rounds = 15): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const pending: Promise<unknown>[] = [];
    for (const el of allElements(root)) {
      const update = (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      if (update) pending.push(update);
    }
    await Promise.all(pending);
    await new Promise((r) => setTimeout(r, 20));
  }
}

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

describe('stories: Admin/booking-admin', () => {
  for (const [name, value] of Object.entries(stories)) {
    if (name === 'default') continue;
    const story = value as StoryLike;
    it(`${name} renders what it says, without axe violations`, async () => {
      const canvasElement = document.createElement('div');
      document.body.append(canvasElement);
      try {
        const args = { ...(meta.args ?? {}), ...story.args };
        const context: Context = { args, loaded: {}, canvasElement };
        for (const loader of story.loaders ?? meta.loaders ?? []) Object.assign(context.loaded, await loader(context));
        render((story.render ?? meta.render)!(args, context), canvasElement);
        await settled(canvasElement);
        if (story.play) await story.play(context);
        await settled(canvasElement);
        expect(deepText(canvasElement), name).to.contain(SHOWS[name]);
        // A modal dialog hides the rest of the page from assistive technology; axe checks what is shown.
        const dialog = deepFind(canvasElement, 'dialog[open]');
        await expect(dialog ?? canvasElement).to.be.accessible();
      } finally {
        render(null, canvasElement);
        canvasElement.remove();
      }
    });
  }
});
