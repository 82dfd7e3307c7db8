import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { forgetMemoryPacks } from '../packs/pack-store.ts';

beforeEach(() => {
  localStorage.clear();
  forgetMemoryPacks();
});

afterEach(() => {
  cleanup();
});
