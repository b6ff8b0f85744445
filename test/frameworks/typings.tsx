// Compile-time checks of booking-elements/jsx and booking-elements/vue: `npm run typecheck` fails when
// a declaration stops matching the elements. Never run (not a *.test.* file).
import type { GlobalComponents } from 'vue';
import type {} from '../../src/jsx.js';
import type {} from '../../src/vue.js';
import type { BookingAdapter } from '../../src/adapters/index.js';
import type { BookingConfirmedEvent } from '../../src/events/booking-confirmed.js';
import type { BookingCancelledEvent } from '../../src/events/booking-cancelled.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(): T | undefined => undefined;

declare const adapter: BookingAdapter;

// React JSX, plain tags: attributes, React 19 properties, `on<event>` listeners typed by event class.
export const reactTags = (
  <>
    <booking-page
      time-zone="Europe/Copenhagen"
      hour-cycle="h23"
      config-src="/clinic.json"
      adapter={adapter}
      clock={() => 0}
      lang="da"
      onbooking-confirmed={(e) => e.detail.manageToken.toUpperCase()}
      onbooking-failed={(e) => e.detail.code}
    />
    <booking-manage appointment-id="a1" token="t" booking-page-url="/" onbooking-cancelled={(e) => e.detail} />
    <booking-calendar first-day={1} loading month="2026-12-01" onbooking-month-change={(e) => e.detail.month} />
    <booking-slot-list show-capacity time-zone="UTC" onChange={() => undefined} />
    <booking-details-form onInput={() => undefined} />
    <booking-admin
      config-src="/clinic.json"
      staff-member="anna"
      section="services"
      onbooking-admin-changed={(e) => e.detail.entity}
    />
    <booking-admin-hours readonly value={[]} onChange={() => undefined} />
    {/* @ts-expect-error not a section of the back office */}
    <booking-admin section="settings" />
    {/* @ts-expect-error hour-cycle is h12 or h23 */}
    <booking-page hour-cycle="h24" />
    {/* @ts-expect-error the adapter is an object, not a string */}
    <booking-page adapter="https://example.com" />
    {/* @ts-expect-error not an attribute or property of <booking-page> */}
    <booking-page bussiness="contoso" />
    {/* A hyphenated name the tag does not declare is not an error: TypeScript lets JSX pass any such
        name (as for data-*); declared ones, like those above, are checked. */}
  </>
);

// Vue: GlobalComponents entries with the element's $props and $emit.
type PageVue = InstanceType<GlobalComponents['booking-page']>;
expectType<Equal<PageVue['$props']['time-zone'], string | undefined>>();
expectType<Equal<PageVue['$props']['hour-cycle'], 'h12' | 'h23' | undefined>>();
expectType<Equal<PageVue['$props']['adapter'], BookingAdapter | undefined>>();
expectType<
  Equal<InstanceType<GlobalComponents['booking-calendar']>['$props']['first-day'], number | `${number}` | undefined>
>();
expectType<
  Equal<InstanceType<GlobalComponents['booking-slot-list']>['$props']['show-capacity'], boolean | undefined>
>();

declare const pageEmit: PageVue['$emit'];
declare const confirmed: BookingConfirmedEvent;
pageEmit('booking-confirmed', confirmed);
// @ts-expect-error booking-page does not fire booking-cancelled
pageEmit('booking-cancelled', {} as BookingCancelledEvent);
