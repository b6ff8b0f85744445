/**
 * What `ReferenceAdapter.asStaff()` returns: the admin side with the same methods as the
 * backend's `AdminService` (backend/admin/), whose code, with the admin schemas, the reports and
 * the explainer, loads on the first call. A booking page on the reference adapter never calls the
 * admin side, so it never downloads it. Every method already returns a promise; the load is one
 * more step before the real method runs, which validates its input as before.
 */
import type { CallOptions } from '../../contract/adapter.js';
import { ADMIN_METHODS, type AdminMethod } from '../../contract/admin-methods.js';
import { BookingError } from '../../contract/errors.js';
import type { AdminService as AdminImplementation } from '../../backend/admin/admin-service.js';

/** The admin side of the reference adapter, acting for one staff member (see `asStaff`). */
export type ReferenceAdminAdapter = { [K in keyof AdminImplementation]: AdminImplementation[K] };

// A public method of the implementation missing from contract/admin-methods.ts fails the typecheck here.
type Missing = Exclude<keyof AdminImplementation, AdminMethod>;
type Expect<T extends true> = T;
type _EveryMethodForwarded = Expect<[Missing] extends [never] ? true : false>;

type AnyMethod = (input: unknown, options?: CallOptions) => Promise<unknown>;

/** The admin side for `load()`'s adapter, loaded on the first call; a failed load is tried again on the next. */
export function lazyAdminAdapter(load: () => Promise<AdminImplementation>): ReferenceAdminAdapter {
  let pending: Promise<AdminImplementation> | undefined;
  const target = (): Promise<AdminImplementation> =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      if (error instanceof BookingError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new BookingError('network', `Could not load the admin part of the reference adapter: ${reason}`, {
        cause: error,
      });
    }));
  const adapter: Partial<Record<keyof AdminImplementation, AnyMethod>> = {};
  for (const name of ADMIN_METHODS) {
    adapter[name] = async (input, options) => {
      const admin = await target();
      return (admin[name] as AnyMethod).call(admin, input, options);
    };
  }
  return adapter as ReferenceAdminAdapter;
}
