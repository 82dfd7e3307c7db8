import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Writes `asset-manifest.json`: every file of the build, so that the hand-written service worker
 * (public/sw.js) can cache all of them on install, lazily loaded chunks (the worksheet) included.
 */
function assetManifest(): Plugin {
  return {
    name: 'huinong:asset-manifest',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const publicFiles = readdirSync(new URL('./public', import.meta.url)).filter((f) => f !== 'sw.js');
      const built = Object.keys(bundle).filter((f) => !f.endsWith('.map'));
      const files = [...new Set(['index.html', ...built, ...publicFiles])].sort();
      // the version changes whenever a hashed file name does
      const version = hash(files.join('\n'));
      this.emitFile({
        type: 'asset',
        fileName: 'asset-manifest.json',
        source: `${JSON.stringify({ version, files }, null, 2)}\n`,
      });
    },
  };
}

/** Where the roster template is served; the roster view links to it. */
const TEMPLATE = 'huinong-roster-template.xlsx';

/**
 * The roster template, written by the CLI's own `huinong template` at build time (so that the
 * app and the CLI hand out the same workbook, drop-down lists included) and served with the app,
 * cached by the service worker like every other file of the build.
 */
function rosterTemplate(): Plugin {
  let bytes: Buffer | null = null;
  const make = (): Buffer => {
    if (bytes) return bytes;
    const dir = mkdtempSync(join(tmpdir(), 'huinong-template-'));
    try {
      const out = join(dir, TEMPLATE);
      const repo = fileURLToPath(new URL('../..', import.meta.url));
      execFileSync(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', 'template', '-o', out], {
        cwd: repo,
        stdio: 'pipe',
      });
      bytes = readFileSync(out);
      return bytes;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return {
    name: 'huinong:roster-template',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: TEMPLATE, source: make() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.endsWith(`/${TEMPLATE}`)) return next();
        res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        res.end(make());
      });
    },
  };
}

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export default defineConfig({
  root,
  plugins: [react(), rosterTemplate(), assetManifest()],
  // the budget that matters is gzip JS on first visit (≤ 150 KB), measured by `pnpm size`
  build: { target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 640 },
  preview: { port: 4173, strictPort: true },
});
