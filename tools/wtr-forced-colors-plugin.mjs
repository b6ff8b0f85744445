// The `emulate-media-all` command (test/helpers/emulate-media.ts): @web/test-runner-commands'
// `emulateMedia()` with forced colours under the puppeteer launcher too. The stock command passes
// features through puppeteer's `emulateMediaFeatures`, which refuses `forced-colors`; the same CDP
// call (Emulation.setEmulatedMedia) takes it, so this plugin sends it on the page's own session,
// remembering the features set earlier in that test session. Under Playwright it answers `false`
// and the helper falls back to the stock command (Playwright supports forcedColors itself).

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function forcedColorsEmulateMediaPlugin() {
  /** @type {Map<string, Record<string, string>>} */
  const features = new Map();
  return {
    name: 'emulate-media-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-all') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const p = /** @type {Record<string, string | undefined>} */ (payload ?? {});
      const current = features.get(session.id) ?? {};
      if (p.colorScheme != null) current['prefers-color-scheme'] = p.colorScheme;
      if (p.reducedMotion != null) current['prefers-reduced-motion'] = p.reducedMotion;
      if (p.forcedColors != null) current['forced-colors'] = p.forcedColors;
      features.set(session.id, current);
      const page = session.browser.getPage(session.id);
      // puppeteer's Page keeps its CDP session private; `_client()` is it (puppeteer-core 24).
      const cdp = typeof page._client === 'function' ? page._client() : await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        media: p.media ?? '',
        features: Object.entries(current).map(([name, value]) => ({ name, value })),
      });
      return true;
    },
  };
}
