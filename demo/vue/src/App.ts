// The Vue example: the elements used directly in a template (compiled at run time, hence the full
// build of Vue: see vite.config.ts). Objects go in as DOM properties (`:adapter.prop`, or `.clock`
// for short); `@booking-confirmed` listens to the element's event, whose `detail` the app keeps and
// shows, with <booking-manage> for it on request.
import { defineComponent, ref, type PropType } from 'vue';
import type { BookingAdapter } from 'booking-elements/adapters';
import 'booking-elements/define';

/** What `booking-confirmed` carries (declared by the package in GlobalEventHandlersEventMap). */
export type Booked = GlobalEventHandlersEventMap['booking-confirmed']['detail'];

/** Tells Vue's template compiler that `<booking-*>` tags are custom elements, not Vue components. */
export const isCustomElement = (tag: string): boolean => tag.startsWith('booking-');

export const App = defineComponent({
  name: 'App',
  props: {
    adapter: { type: Object as PropType<BookingAdapter>, required: true },
    /** `() => epoch ms`; tests pass a fixed clock. Default: the real time. */
    clock: { type: Function as PropType<() => number>, default: undefined },
    /** Display language and zone; default: the browser's. */
    lang: { type: String, default: undefined },
    timeZone: { type: String, default: '' },
  },
  emits: {
    /** Once per booking, after the app has taken it into its state. */
    booked: (booked: Booked) => typeof booked.appointment.id === 'string',
  },
  setup(props, { emit }) {
    const booked = ref<Booked | null>(null);
    const managing = ref(false);
    const onConfirmed = (event: GlobalEventHandlersEventMap['booking-confirmed']) => {
      booked.value = event.detail;
      emit('booked', event.detail);
    };
    const when = (iso: string) =>
      new Intl.DateTimeFormat(props.lang, {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: props.timeZone || undefined,
      }).format(new Date(iso));
    return { booked, managing, onConfirmed, when };
  },
  template: `
    <h1>Book an appointment</h1>
    <booking-page
      :adapter.prop="adapter"
      .clock="clock"
      :lang="lang"
      :time-zone="timeZone"
      @booking-confirmed="onConfirmed"
    ></booking-page>
    <section v-if="booked" class="vue-summary" aria-label="Your booking in this app">
      <h2>Booked from Vue</h2>
      <p data-testid="summary">
        {{ booked.appointment.serviceName }} with {{ booked.appointment.staffNames.join(', ') }},
        {{ when(booked.appointment.start) }}
      </p>
      <button type="button" @click="managing = !managing">{{ managing ? 'Hide the booking' : 'Show the booking' }}</button>
      <booking-manage
        v-if="managing"
        :adapter.prop="adapter"
        .clock="clock"
        :lang="lang"
        :time-zone="timeZone"
        :appointment-id="booked.appointment.id"
        :token="booked.manageToken"
      ></booking-manage>
    </section>
  `,
});
