// The React example: <BookingPage> from booking-elements/react books; `onBookingConfirmed` lifts the
// booking into React state, which shows a summary and, on request, <BookingManage> for it.
import { useState } from 'react';
import type { BookingAdapter } from 'booking-elements/adapters';
import { BookingManage, BookingPage } from 'booking-elements/react';

/** What `booking-confirmed` carries (declared by the package in GlobalEventHandlersEventMap). */
export type Booked = GlobalEventHandlersEventMap['booking-confirmed']['detail'];

export interface AppProps {
  adapter: BookingAdapter;
  /** `() => epoch ms`; tests pass a fixed clock. Default: the real time. */
  clock?: () => number;
  /** Display language and zone; default: the browser's. */
  lang?: string;
  timeZone?: string;
  /** Called once per booking, after the app has taken it into its state. */
  onBooked?: (booked: Booked) => void;
}

export function App({ adapter, clock, lang, timeZone, onBooked }: AppProps) {
  const [booked, setBooked] = useState<Booked | null>(null);
  const [managing, setManaging] = useState(false);

  const when = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(iso));

  return (
    <>
      <h1>Book an appointment</h1>
      <BookingPage
        adapter={adapter}
        clock={clock}
        lang={lang}
        timeZone={timeZone ?? ''}
        onBookingConfirmed={(event) => {
          setBooked(event.detail);
          onBooked?.(event.detail);
        }}
      />
      {booked && (
        <section className="react-summary" aria-label="Your booking in this app">
          <h2>Booked from React</h2>
          <p data-testid="summary">
            {booked.appointment.serviceName} with {booked.appointment.staffNames.join(', ')},{' '}
            {when(booked.appointment.start)}
          </p>
          <button type="button" onClick={() => setManaging((m) => !m)}>
            {managing ? 'Hide the booking' : 'Show the booking'}
          </button>
          {managing && (
            <BookingManage
              adapter={adapter}
              clock={clock}
              lang={lang}
              timeZone={timeZone ?? ''}
              appointmentId={booked.appointment.id}
              token={booked.manageToken}
            />
          )}
        </section>
      )}
    </>
  );
}
