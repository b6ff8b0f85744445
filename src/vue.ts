// booking-elements/vue — types only: the tags in Vue templates, for editors and vue-tsc. Opt in once,
// e.g. in env.d.ts of your app:
//
//   import type {} from 'booking-elements/vue';
//
// It is a separate entry so that applications without Vue are not touched by it. The shape follows
// Vue's guide for non-Vue custom elements ("Web Components → TypeScript"): each tag is registered in
// `GlobalComponents` as a constructor whose `$props` lists what a template may bind and whose `$emit`
// lists the events `@booking-confirmed` and friends receive. Vue still needs to be told the tags are
// custom elements: `app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('booking-')`
// (or the same option of @vitejs/plugin-vue's template compiler).
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type {
  BookingElementAttributes,
  BookingElementEvents,
  BookingElementProperties,
  BookingElementTag,
  BookingElementTags,
} from './element-props.js';

/** `<tag>` as Vue's template type-checker sees it. */
export type BookingVueElement<T extends BookingElementTag> = new () => BookingElementTags[T]['element'] & {
  /** @deprecated For template type-checking only: not a property of the element. */
  $props: HTMLAttributes & PublicProps & BookingElementAttributes<T> & BookingElementProperties<T>;
  /** @deprecated For template type-checking only: not a method of the element. */
  $emit: EmitFn<{ [N in keyof BookingElementEvents<T>]: (event: BookingElementEvents<T>[N]) => void }>;
};

/** Every public tag as a Vue global component type. */
export type BookingVueElements = { [T in BookingElementTag]: BookingVueElement<T> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the tags into Vue's interface
  interface GlobalComponents extends BookingVueElements {}
}
