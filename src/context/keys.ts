import { createContext } from '@lit/context';
import type { BookingAdapter } from '../contract/adapter.js';

/** Versioned string keys: a second copy of the library on the page shares them on purpose. */
export const adapterContext = createContext<BookingAdapter | undefined>('booking-elements/adapter@1');

/** A clock, `() => epoch ms`. Tests and stories provide a fixed one; elements default to the real clock. */
export type Clock = () => number;
export const clockContext = createContext<Clock | undefined>('booking-elements/clock@1');

/** A BCP-47 language tag provided by an ancestor, e.g. a host application. */
export const localeContext = createContext<string | undefined>('booking-elements/locale@1');
