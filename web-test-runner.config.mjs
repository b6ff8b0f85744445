import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { summaryReporter } from './tools/wtr-summary-reporter.mjs';
import { forcedColorsEmulateMediaPlugin } from './tools/wtr-forced-colors-plugin.mjs';
import { frameworksPlugin } from './test/frameworks/wtr-frameworks-plugin.mjs';

const require = createRequire(import.meta.url);

// msw's service worker, served at the site root so its scope covers the wtr test pages.
const MSW_WORKER = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');

// Debian's chromium (tools/test.mjs finds or installs it and sets CHROME_PATH).
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // no network on these machines: stop Chromium's own background traffic
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--mute-audio',
];

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/package/**'],
  // 'browser': packages such as @mswjs/interceptors otherwise resolve to their Node builds.
  nodeResolve: { exportConditions: ['browser'] },
  middleware: [
    function mswServiceWorker(ctx, next) {
      if (ctx.path === '/mockServiceWorker.js') {
        ctx.type = 'application/javascript';
        ctx.set('Service-Worker-Allowed', '/');
        ctx.body = MSW_WORKER;
        return;
      }
      return next();
    },
  ],
  plugins: [
    // emulateMedia({ forcedColors: 'active' }) under puppeteer too (the stock command drops it).
    forcedColorsEmulateMediaPlugin(),
    // React example and its wrappers (test/frameworks): React as ES modules, `booking-elements/*` → src.
    frameworksPlugin(),
    esbuildPlugin({
      ts: true,
      tsx: true, // demo/react/src/*.tsx, with tsconfig.json's "jsx": "react-jsx"
      json: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS },
      // Test files run in pages of one browser, and only one page has focus at a time: with
      // --concurrency 2 a file's focus and keyboard tests failed while the other page held it.
      // Focus emulation makes every page behave as the focused one (Playwright does the same).
      async createPage({ context }) {
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 60000,
};
