import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

/**
 * Real-browser specs: the global setup builds the app once, serves `dist` with `vite preview` on a
 * free port and hands its address to the specs, which drive Debian's Chromium with playwright-core.
 */
export default defineProject({
  // specs and setup are found from here, wherever vitest is started (-c apps/web/vitest.e2e.config.ts)
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    name: 'web-e2e',
    environment: 'node',
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['./e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
