// Repeat bookings (issue 20): `CustomerService` loads these on the first series call, so neither a
// page's first free times nor a single booking carries them.
import type { CallOptions } from '../../contract/adapter.js';
import type { CancelFollowingInput, CustomerSeries } from '../../schemas/series.js';
import type { CustomerScope } from './customer-scope.js';
import { afterFreed } from './customer-writes.js';
import { cancelFollowing as cancelTheRest } from './series-manage.js';

export { bookSeries, checkSeries } from './series.js';
export { getSeries } from './series-manage.js';

/** Cancels a date of a series and the ones after it; the freed times go to people waiting at once. */
export async function cancelFollowing(
  scope: CustomerScope,
  input: CancelFollowingInput,
  options?: CallOptions,
): Promise<CustomerSeries> {
  const result = await cancelTheRest(scope, input, options);
  await afterFreed(scope, input.appointmentId);
  return result;
}
