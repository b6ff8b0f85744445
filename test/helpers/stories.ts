// What the two story suites share (test/stories for the customer elements, test/elements for the
// back office): running a story as Storybook does, the text a reader gets, console errors, and axe
// in every colour mode.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { settled } from '../../stories/support.js';
import { emulateMedia } from './emulate-media.js';

export type Args = Record<string, unknown>;
export interface Context {
  args: Args;
  loaded: Record<string, unknown>;
  canvasElement: HTMLElement;
}
export interface StoryLike {
  args?: Args;
  render?: (args: Args, context: Context) => TemplateResult;
  loaders?: ((context: Context) => Promise<Record<string, unknown>>)[];
  decorators?: ((story: () => TemplateResult, context: Context) => TemplateResult)[];
  play?: (context: Context) => Promise<void>;
}

/** The languages besides English every story is also checked in. */
export const LANGUAGES = ['da', 'de', 'fr', 'nl', 'pl'];

/** The text a reader gets, through shadow roots, whitespace (no-break spaces too) collapsed. */
export function deepText(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) out += node.textContent ?? '';
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out.replace(/\s+/g, ' ');
}

/**
 * Collects console errors, uncaught errors and unhandled rejections while the suite runs (call in a
 * `describe` or at the top level); clear the returned list before each story.
 */
export function watchErrors(): string[] {
  const errors: string[] = [];
  const original = console.error;
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  before(() => {
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      original(...args);
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => emulateMedia({ colorScheme: 'light', forcedColors: 'none' }));
  return errors;
}

/**
 * Renders a story into `canvasElement` as Storybook does: the file's loaders, then the story's (their
 * results merged), the story's decorators inside the file's, then its play function.
 */
export async function renderStory(
  meta: StoryLike,
  story: StoryLike,
  args: Args,
  canvasElement: HTMLElement,
  settleRounds?: number,
): Promise<Context> {
  const context: Context = { args, loaded: {}, canvasElement };
  for (const loader of [...(meta.loaders ?? []), ...(story.loaders ?? [])])
    Object.assign(context.loaded, await loader(context));
  const renderFn = story.render ?? meta.render;
  expect(renderFn, 'the story has a render function').to.be.a('function');
  let show = () => renderFn!(args, context);
  for (const decorator of [...(story.decorators ?? []), ...(meta.decorators ?? [])]) {
    const inner = show;
    show = () => decorator(inner, context);
  }
  render(show(), canvasElement);
  await settled(canvasElement, settleRounds);
  if (story.play) {
    await story.play(context);
    await settled(canvasElement, settleRounds);
  }
  return context;
}

/** axe in light mode, then in dark mode and in forced colours (Windows high contrast). */
export async function expectAccessibleInEveryMode(el: Element, name: string): Promise<void> {
  await expect(el).to.be.accessible();
  for (const media of [
    { colorScheme: 'dark', forcedColors: 'none' },
    { colorScheme: 'light', forcedColors: 'active' },
  ] as const) {
    await emulateMedia(media);
    await expect(el, `${name} in ${media.colorScheme}, forced colours ${media.forcedColors}`).to.be.accessible();
  }
}
