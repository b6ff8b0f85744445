/**
 * A transaction that finds the configuration changed since its preparation (a rule needing the
 * recurrence code appeared) gives up and runs again, prepared afresh. Apart from backend.ts, so a
 * page showing free times does not download what only the writers use.
 */
import { needsRecurrence } from '../core/schedule.js';
import type { Business } from '../core/types.js';
import type { Prepared } from './backend.js';

/** Thrown inside a transaction when the configuration changed under us and needs an async step first. */
export class RetryWithFreshConfig extends Error {
  override readonly name = 'RetryWithFreshConfig';
}

/** Runs `attempt` again (twice at most) when the configuration changed between the preparation and the transaction. */
export async function retrying<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof RetryWithFreshConfig) || i >= 2) throw error;
    }
  }
}

/** True when `business` has a rule `prepared` lacks the expander for (it changed since): retry. */
export function needsPrepared(business: Business, prepared: Prepared): boolean {
  return needsRecurrence(business) && !prepared.recurrence;
}
