// emulateMedia() with `forcedColors` that works under both launchers: the puppeteer one (default)
// through tools/wtr-forced-colors-plugin.mjs, Playwright through the stock command.
import { emulateMedia as stockEmulateMedia, executeServerCommand } from '@web/test-runner-commands';

export interface MediaOptions {
  colorScheme?: 'light' | 'dark' | 'no-preference';
  reducedMotion?: 'reduce' | 'no-preference';
  forcedColors?: 'active' | 'none';
  media?: 'screen' | 'print';
}

export async function emulateMedia(options: MediaOptions): Promise<void> {
  const handled = await executeServerCommand<boolean, MediaOptions>('emulate-media-all', options);
  if (!handled) await stockEmulateMedia(options);
}
