/** A Chromium or Chrome already on this machine (CHROME_PATH, then the usual places), or undefined. */
export function locateChromium(): string | undefined;
/** Returns an executable path, installing Debian's chromium when that is possible; exits with one clear line otherwise. */
export function findChromium(): string;
