// booking-elements/jsx — types only: the tags in React's JSX, for using the elements directly
// (without the booking-elements/react wrappers). Opt in once, e.g. in a .d.ts of your app:
//
//   import type {} from 'booking-elements/jsx';
//
// It is a separate entry so that applications without React's types are not touched by it.
//
// React 19 sets a prop as a property when the element has one (`timeZone`, `adapter`, `clock`) and
// listens to `on<event-name>` props (`onbooking-confirmed`); `onChange` / `onInput` go through
// React's own change and input events. React 18 passes every prop as a string attribute and ignores
// custom events: there, use the attribute names here, or the wrappers from booking-elements/react.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  BookingElementAttributes,
  BookingElementEvents,
  BookingElementProperties,
  BookingElementTag,
  BookingElementTags,
} from './element-props.js';

/** `on<event-name>` props for the events React has no prop of its own for. */
type CustomEventProps<T extends BookingElementTag> = {
  [N in keyof BookingElementEvents<T> as N extends `booking-${string}` ? `on${N}` : never]?: (
    event: BookingElementEvents<T>[N],
  ) => void;
};

/** JSX props of `<tag>`: React's HTML props, the element's attributes, properties and events. */
export type BookingElementJsxProps<T extends BookingElementTag> = DetailedHTMLProps<
  HTMLAttributes<BookingElementTags[T]['element']>,
  BookingElementTags[T]['element']
> &
  BookingElementAttributes<T> &
  BookingElementProperties<T> &
  CustomEventProps<T>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augmenting React's JSX namespace is the only way to declare tags
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the tags into React's interface
    interface IntrinsicElements extends BookingJsxElements {}
  }
}

/** Every public tag with its JSX props. */
export type BookingJsxElements = { [T in BookingElementTag]: BookingElementJsxProps<T> };
