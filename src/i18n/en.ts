/**
 * English, the source catalogue: every visible or spoken string of the customer elements, in two
 * parts (en-page.ts, bundled with the booking page; en-more.ts, loaded with the later steps; en-series.ts,
 * with repeat bookings' code). Other
 * languages (`locales/<lang>.ts`) implement the same `Messages` type and load on demand. Parameters
 * are function arguments; plurals go through Intl.PluralRules so languages with several plural
 * forms can express them. `npm run i18n:check` compares every catalogue with this one.
 */

import { enMore } from './en-more.js';
import { enPage } from './en-page.js';
import { enSeries } from './en-series.js';

export const en = { ...enPage, ...enMore, ...enSeries } as const;

type Widen<T> = T extends (...args: infer A) => infer R ? (...args: A) => R : T extends string ? string : T;
/** The shape every catalogue implements. */
export type Messages = { [K in keyof typeof en]: Widen<(typeof en)[K]> };
