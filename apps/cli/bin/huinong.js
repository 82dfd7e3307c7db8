#!/usr/bin/env node
// Runs the TypeScript entry point through tsx (installed at the workspace root). tsx is resolved
// from here, not from the working directory, so `huinong` works from any folder.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const r = spawnSync(
  process.execPath,
  [
    // a larger young generation: a roster screen allocates many short-lived objects per household
    '--max-semi-space-size=64',
    '--import',
    import.meta.resolve('tsx'),
    join(here, '../src/main.ts'),
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
  },
);
process.exit(r.status ?? 1);
