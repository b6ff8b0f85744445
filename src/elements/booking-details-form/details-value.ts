// What the details form holds, apart from its checks: <booking-page> keeps it from its first paint
// (across errors and retries), while the form and its checks load on the details step.

/** What the customer typed. Kept by the page across errors and retries, so nothing is lost. */
export interface DetailsValue {
  name: string;
  emailAddress: string;
  phone: string;
  notes: string;
  /** Question id → text, the chosen option, 'true'/'' for a lone checkbox, or the ticked options. */
  answers: Record<string, string | string[]>;
  smsOptIn: boolean;
  consent: boolean;
}

export const emptyDetails = (): DetailsValue => ({
  name: '',
  emailAddress: '',
  phone: '',
  notes: '',
  answers: {},
  smsOptIn: false,
  consent: false,
});
