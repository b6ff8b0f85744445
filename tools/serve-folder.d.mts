import type { Server } from 'node:http';

/** Serves `dir` on 127.0.0.1 and a free port (`/` → index.html; nothing outside `dir`). */
export function serveFolder(dir: string): Promise<{ server: Server; url: string }>;
