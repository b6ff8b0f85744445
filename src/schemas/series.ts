/**
 * Payloads of repeat bookings (issue 20): checking a series' dates, booking the chosen ones in one
 * step, and the private link's view of the series and "cancel this and all that follow".
 */
import * as z from 'zod/mini';
import { MAX_SERIES_OCCURRENCES, SERIES_FREQUENCIES } from '../core/series.js';
import { bookRequestSchema, customerAppointmentSchema } from './booking.js';
import { idSchema, instantSchema, languageTagSchema, messageSchema } from './fields.js';
import { dateSchema, opaqueIdSchema, tokenSchema } from './fields-extra.js';

const occurrencesCount = z.int().check(z.minimum(1), z.maximum(MAX_SERIES_OCCURRENCES));

/** How a series repeats: every week, every 2 weeks or every month; a number of times or until a date. */
export const repeatSchema = z.object({
  frequency: z.enum(SERIES_FREQUENCIES),
  /** Occurrences, the first included; absent: as many as the service allows. */
  count: z.optional(occurrencesCount),
  /** No occurrence after this day (`yyyy-MM-dd` in the business's zone). */
  until: z.optional(dateSchema),
});
export type Repeat = z.infer<typeof repeatSchema>;

export const checkSeriesInputSchema = z.object({
  businessId: z.optional(idSchema),
  serviceId: idSchema,
  staffMemberId: z.optional(idSchema),
  /** The first occurrence. */
  start: instantSchema,
  repeat: repeatSchema,
});
export type CheckSeriesInput = z.infer<typeof checkSeriesInputSchema>;

const slotSchema = z.object({
  start: instantSchema,
  end: instantSchema,
  staffMemberIds: z.array(idSchema).check(z.maxLength(1000)),
});

/** One planned date of a series and whether it is free now; when not, the nearest free starts. */
export const seriesOccurrenceCheckSchema = z.object({
  /** The planned start (the series' rule). */
  occurrence: instantSchema,
  end: instantSchema,
  available: z.boolean(),
  /** Free staff at the planned start (empty when not available). */
  staffMemberIds: z.array(idSchema).check(z.maxLength(1000)),
  /** Why not: `slot-unavailable` (taken or closed) or `policy-violation` (outside the booking window). */
  reason: z.optional(z.enum(['slot-unavailable', 'policy-violation'])),
  /** Up to three free starts nearest to the planned one (the same day first), for one not available. */
  alternatives: z.array(slotSchema).check(z.maxLength(3)),
});
export type SeriesOccurrenceCheck = z.infer<typeof seriesOccurrenceCheckSchema>;

export const seriesCheckSchema = z.object({
  occurrences: z.array(seriesOccurrenceCheckSchema).check(z.maxLength(MAX_SERIES_OCCURRENCES)),
  /** The service's maximum number of occurrences. */
  maximumOccurrences: occurrencesCount,
  /** The last start the booking window allows (R5): a series stops before it. */
  windowEnd: instantSchema,
});
export type SeriesCheck = z.infer<typeof seriesCheckSchema>;

/** One chosen occurrence: the planned start, and the start booked for it when the customer chose an alternative. */
export const seriesChoiceSchema = z.object({ occurrence: instantSchema, start: z.optional(instantSchema) });
export type SeriesChoice = z.infer<typeof seriesChoiceSchema>;

/**
 * A series booked in one step (all or nothing). `start` and `repeat` give the plan (as checked);
 * `occurrences` the planned dates chosen, each at its planned start or at an alternative. A date
 * that is no longer free is a `slot-unavailable` naming it, and nothing is written.
 */
// A plain object of the booking's fields (z.extend and z.omit would pull more of zod into the
// booking page's first download, where the rest of zod lives).
const { holdId: _holdId, ...bookFields } = bookRequestSchema.shape;
export const bookSeriesRequestSchema = z.object({
  ...bookFields,
  repeat: repeatSchema,
  occurrences: z.array(seriesChoiceSchema).check(z.minLength(1), z.maxLength(MAX_SERIES_OCCURRENCES)),
});
export type BookSeriesRequest = z.infer<typeof bookSeriesRequestSchema>;

/** A series as its customer sees it: every appointment of it, in order, cancelled ones too. */
export const customerSeriesSchema = z.object({
  seriesId: opaqueIdSchema,
  frequency: z.enum(SERIES_FREQUENCIES),
  appointments: z.array(customerAppointmentSchema).check(z.maxLength(MAX_SERIES_OCCURRENCES)),
});
export type CustomerSeries = z.infer<typeof customerSeriesSchema>;

export const bookSeriesResultSchema = z.object({
  series: customerSeriesSchema,
  /** One manage link for the whole series: this token opens every appointment of it. */
  manageToken: tokenSchema,
});
export type BookSeriesResult = z.infer<typeof bookSeriesResultSchema>;

export const getSeriesInputSchema = z.object({
  appointmentId: opaqueIdSchema,
  manageToken: tokenSchema,
  languageTag: z.optional(languageTagSchema),
});
export type GetSeriesInput = z.infer<typeof getSeriesInputSchema>;

/** Cancels this appointment and every later one of its series (each still changeable, R6). */
export const cancelFollowingInputSchema = z.object({
  appointmentId: opaqueIdSchema,
  manageToken: tokenSchema,
  reason: z.optional(messageSchema),
});
export type CancelFollowingInput = z.infer<typeof cancelFollowingInputSchema>;

export const seriesAdapterSchemas = {
  checkSeries: { input: checkSeriesInputSchema, output: seriesCheckSchema },
  bookSeries: { input: bookSeriesRequestSchema, output: bookSeriesResultSchema },
  getSeries: { input: getSeriesInputSchema, output: customerSeriesSchema },
  cancelFollowing: { input: cancelFollowingInputSchema, output: customerSeriesSchema },
} as const;
