/**
 * The server's packages are optional peer dependencies of booking-elements (docs/deploy.md), so a
 * site that only embeds the widget never installs them. When one is missing, say which and how to
 * install it, instead of Node's "Cannot find package" from inside a bundled chunk.
 *
 * `dist/server.js` and `dist/server-cli.js` (written by tools/server.mjs) call `assertServerPeers`
 * before they load the server; the database and mail drivers, loaded on first use, go through
 * `importPeer`.
 */

/** What every use of the server imports. */
export const SERVER_PEERS = ['hono', '@hono/node-server'] as const;
/** One of these is the database: PGlite embedded (the default), or `pg` for DATABASE_URL. */
export const DATABASE_PEERS = ['@electric-sql/pglite', 'pg'] as const;

/** Thrown when an optional peer dependency is not installed; `message` says what to run. */
export class MissingPeerError extends Error {
  override readonly name = 'MissingPeerError';
  readonly code = 'ERR_BOOKING_MISSING_PEER';
  constructor(
    message: string,
    readonly packages: readonly string[],
  ) {
    super(message);
  }
}

/** Node's error for an import of `name` that is not installed (not an error inside that package). */
export function isMissingPackage(error: unknown, name: string): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return (
    e?.code === 'ERR_MODULE_NOT_FOUND' &&
    typeof e.message === 'string' &&
    (e.message.includes(`'${name}'`) || e.message.includes(`'${name}/`))
  );
}

/** The message for missing server packages; `withDatabase` adds PGlite to the install command. */
export function missingPeersMessage(missing: readonly string[], withDatabase: boolean): string {
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
  const install = [...missing, ...(withDatabase ? ['@electric-sql/pglite'] : [])];
  const notes = [
    ...(withDatabase
      ? ['@electric-sql/pglite is the embedded database; with DATABASE_URL (a PostgreSQL server), install pg instead.']
      : []),
    'With SMTP_URL, also nodemailer. See docs/deploy.md in the booking-elements package.',
  ];
  return (
    `booking-elements/server needs ${list}: optional peer dependencies of booking-elements, not installed here. ` +
    `Install with:\n  npm install ${install.join(' ')}\n${notes.join(' ')}`
  );
}

type Resolve = (name: string) => unknown;

/** Resolves without loading (the database drivers are large); a bundler without import.meta.resolve imports. */
async function installed(name: string, resolve: Resolve | undefined): Promise<boolean> {
  try {
    if (resolve) resolve(name);
    else await import(name);
    return true;
  } catch (error) {
    // Not found; anything else (a package that is there but broken) shows when it is imported.
    return (error as { code?: unknown } | null)?.code !== 'ERR_MODULE_NOT_FOUND';
  }
}

/**
 * Throws a `MissingPeerError` naming every missing server package and the `npm install` line, when
 * hono or @hono/node-server is missing (with PGlite in the command when no database driver is there).
 */
export async function assertServerPeers(
  resolve: Resolve | undefined = typeof import.meta.resolve === 'function'
    ? (name) => import.meta.resolve(name)
    : undefined,
): Promise<void> {
  const missing: string[] = [];
  for (const name of SERVER_PEERS) if (!(await installed(name, resolve))) missing.push(name);
  if (missing.length === 0) return;
  let database = false;
  for (const name of DATABASE_PEERS) database ||= await installed(name, resolve);
  throw new MissingPeerError(missingPeersMessage(missing, !database), [
    ...missing,
    ...(database ? [] : ['@electric-sql/pglite']),
  ]);
}

/**
 * `import(name)` for a driver loaded on first use; when it is not installed, a `MissingPeerError`
 * saying what needs it and how to install it. `load` is the caller's own `() => import('pg')`, so
 * bundlers still see the import.
 */
export async function importPeer<T>(name: string, neededFor: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isMissingPackage(error, name)) throw error;
    throw new MissingPeerError(
      `${neededFor} needs ${name}, an optional peer dependency of booking-elements that is not installed. ` +
        `Install it: npm install ${name}`,
      [name],
    );
  }
}
