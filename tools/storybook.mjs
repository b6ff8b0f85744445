// `npm run storybook`: Storybook's dev server, on port 6006 unless told otherwise.
//
//   STORYBOOK_PORT=7007 npm run storybook    another port (a second checkout, or 6006 taken)
//   npm run storybook -- --port 7007         the same; the flag wins over the variable
//
// Any other arguments go to `storybook dev` as they are.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const DEFAULT_PORT = 6006;

/**
 * The arguments for `storybook dev`: the port from `--port`/`-p` when given, else STORYBOOK_PORT,
 * else 6006. Throws with a readable message when STORYBOOK_PORT is not a port number.
 * @param {readonly string[]} args  what followed `npm run storybook --`
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
export function storybookArgs(args, env) {
  const hasPort = args.some((a) => a === '-p' || a === '--port' || a.startsWith('--port='));
  const fromEnv = env.STORYBOOK_PORT?.trim();
  if (fromEnv && !hasPort) {
    const port = Number(fromEnv);
    if (!/^\d+$/.test(fromEnv) || port < 1 || port > 65535)
      throw new Error(`STORYBOOK_PORT must be a port number from 1 to 65535, not "${fromEnv}".`);
  }
  return ['dev', ...(hasPort ? [] : ['--port', fromEnv || String(DEFAULT_PORT)]), '--no-open', ...args];
}

// Run as `node tools/storybook.mjs` (not when a test bundles this file to call storybookArgs).
if (process.argv[1] === fileURLToPath(import.meta.url) && import.meta.url.endsWith('/tools/storybook.mjs')) {
  let args;
  try {
    args = storybookArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
  const bin = fileURLToPath(new URL('../node_modules/storybook/dist/bin/dispatcher.js', import.meta.url));
  const child = spawn(process.execPath, [bin, ...args], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
