import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'roster', environment: 'node', include: ['test/**/*.test.ts'] },
});
