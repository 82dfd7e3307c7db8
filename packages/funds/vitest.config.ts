import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'funds', environment: 'node', include: ['test/**/*.test.ts'] },
});
