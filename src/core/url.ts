/** R21: links from a configuration or a customer are followed only when they are http(s) URLs. */
export function isWebUrl(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}
