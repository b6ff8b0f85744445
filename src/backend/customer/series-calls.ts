// Repeat bookings (issue 20): `CustomerService` loads these on the first series call, so neither a
// page's first free times nor a single booking carries them.
export { bookSeries, checkSeries } from './series.js';
export { cancelFollowing, getSeries } from './series-manage.js';
