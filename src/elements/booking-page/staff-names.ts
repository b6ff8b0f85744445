import { formatList } from '../../i18n/format-more.js';
import type { BookingPageData } from '../../schemas/index.js';

/**
 * The named staff members as a list in the page's language ("Anna and Ben"): for the details,
 * done and waitlist steps, so the list formatter is not part of the first download.
 */
export function staffNames(page: BookingPageData | undefined, ids: readonly string[], lang: string): string {
  const names = ids.map((id) => page?.staffMembers.find((s) => s.id === id)?.displayName ?? '').filter(Boolean);
  return formatList(names, lang);
}
