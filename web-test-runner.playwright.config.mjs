import { playwrightLauncher } from '@web/test-runner-playwright';
import base, { CHROMIUM_ARGS, CHROMIUM_PATH } from './web-test-runner.config.mjs';

// The same suite through Playwright's launcher (no browser download: Debian's chromium).
export default {
  ...base,
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS },
    }),
  ],
};
