import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build, type PreviewServer, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** where `vite preview` serves the built app, e.g. http://127.0.0.1:41234/ */
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Builds the app once (production mode, as users get it) and serves `dist` with `vite preview`.
 * HUINONG_WEB_DIST (an absolute path) builds and serves another folder, so that two runs of the
 * specs on one machine do not build over each other. `unminified` keeps function names (for a
 * profile).
 */
export async function buildAndServe(
  options: { readonly outDir?: string; readonly unminified?: boolean } = {},
): Promise<{ url: string; server: PreviewServer }> {
  const before = process.env.NODE_ENV;
  const outDir = options.outDir ?? process.env.HUINONG_WEB_DIST;
  const dist = outDir
    ? { build: { outDir, emptyOutDir: true, ...(options.unminified ? { minify: false } : {}) } }
    : {};
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, configFile, mode: 'production', logLevel: 'warn', ...dist });
  } finally {
    process.env.NODE_ENV = before;
  }
  const port = await freePort();
  const server = await preview({
    root,
    configFile,
    logLevel: 'warn',
    ...dist,
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { url: `http://127.0.0.1:${port}/`, server };
}

export default async function setup(project: TestProject) {
  const { url, server } = await buildAndServe();
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
