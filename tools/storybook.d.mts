export const DEFAULT_PORT: number;
/** The arguments for `storybook dev`: `--port`/`-p` when given, else STORYBOOK_PORT, else 6006. */
export function storybookArgs(args: readonly string[], env: Record<string, string | undefined>): string[];
