/** What every event of the library is: it bubbles, crosses shadow roots, and carries a readonly typed `detail`. */
export class BookingEvent<D> extends Event {
  readonly detail: Readonly<D>;

  constructor(type: string, detail: D, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
    this.detail = detail;
  }
}
