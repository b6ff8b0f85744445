/**
 * The businesses a backend starts with: validated at once (`invalid-input` with paths), and
 * written only when the store does not hold a business with that id yet, so edits made since
 * (in an earlier session, another tab or on the server) win over the file the data came from.
 */
import type { Business } from '../core/types.js';
import { businessSchema } from '../schemas/business.js';
import { validate, type SchemaIssue } from '../schemas/validate.js';
import type { Backend } from './backend.js';
import { invalid, toIso } from './boundary.js';

/** Validates one business or a list; issues of the n-th business are reported at `[n].…`. */
export function parseBusinesses(config: unknown): Business[] {
  const list = Array.isArray(config) ? (config as unknown[]) : [config];
  const issues: SchemaIssue[] = [];
  const businesses: Business[] = [];
  list.forEach((item, i) => {
    const r = validate(businessSchema, item);
    if (r.ok) businesses.push(r.value);
    else {
      const prefix = Array.isArray(config) ? `[${i}]` : '';
      for (const issue of r.issues) {
        issues.push({
          path: prefix
            ? issue.path
              ? `${prefix}${issue.path.startsWith('[') ? '' : '.'}${issue.path}`
              : prefix
            : issue.path,
          message: issue.message,
        });
      }
    }
  });
  const seen = new Set<string>();
  businesses.forEach((b, i) => {
    if (seen.has(b.id)) issues.push({ path: `[${i}].id`, message: `duplicate business id: ${b.id}` });
    seen.add(b.id);
  });
  if (issues.length > 0) throw invalid(issues, 'The business configuration is not valid.');
  return businesses;
}

/** Writes each business the store does not have yet. */
export async function seedBusinesses(backend: Backend, businesses: readonly Business[]): Promise<void> {
  if (businesses.length === 0) return;
  const now = toIso(backend.now());
  await backend.store.run(
    'readwrite',
    ['businesses'],
    async (tx) => {
      for (const config of businesses) {
        if (await tx.get('businesses', config.id)) continue;
        await tx.put('businesses', {
          id: config.id,
          config,
          createdAt: now,
          updatedAt: now,
          revision: 1,
          lastAssigned: {},
        });
      }
    },
    { businessIds: businesses.map((b) => b.id) },
  );
}
