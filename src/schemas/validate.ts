// Validation helpers (validation.ts) and `parseBusiness`, which needs the configuration schema.
import type { Business } from '../core/types.js';
import { businessSchema } from './business.js';
import { parseWith } from './validation.js';

export * from './validation.js';

/** A business configuration, defaults filled in; throws a `SchemaError` listing every problem found. */
export function parseBusiness(input: unknown): Business {
  return parseWith(businessSchema, input, 'business configuration');
}
