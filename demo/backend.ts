// Which backend the demo pages use. Under `npm start` the pages are served by the booking server
// (src/server), so every element is switched from the in-browser reference adapter (`config-src`)
// to the server (`api="/api"`): bookings then reach the business, and staff sign in with a
// password. Served as plain static files (`npm run build:demo`, `npm run dev`), nothing answers
// /healthz and the pages stay on the reference adapter. This runs before the elements are defined,
// so none of them starts on the wrong backend.

/** The API base path when the booking server serves this page; `undefined` for static hosting. */
export async function detectServer(): Promise<string | undefined> {
  try {
    const response = await fetch(new URL('/healthz', location.href), { headers: { accept: 'application/json' } });
    const json = response.headers.get('content-type')?.includes('application/json') ?? false;
    if (response.ok && json && ((await response.json()) as { status?: string }).status === 'ok') return '/api';
  } catch {
    // No server (or offline): the reference adapter it is.
  }
  return undefined;
}

/** Points every booking element on the page at `api` instead of the sample configuration file. */
export function useServer(api: string): void {
  for (const el of document.querySelectorAll('booking-page, booking-button, booking-manage, booking-admin')) {
    el.removeAttribute('config-src');
    el.setAttribute('api', api);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-backend]')) {
    el.hidden = el.dataset.backend !== 'server';
  }
}

/** Shows the notes written for the in-browser store. */
export function useReference(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-backend]')) {
    el.hidden = el.dataset.backend !== 'reference';
  }
}
