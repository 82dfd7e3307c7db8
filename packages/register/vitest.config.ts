import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'register', environment: 'node', include: ['test/**/*.test.ts'] },
});
