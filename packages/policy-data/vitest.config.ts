import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'policy-data', environment: 'node', include: ['test/**/*.test.ts'] },
});
