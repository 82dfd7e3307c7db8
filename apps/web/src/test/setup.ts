import '@testing-library/jest-dom/vitest';
import { builtInPacks } from '@huinong/policy-data';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { forgetMemoryPacks } from '../packs/pack-store.ts';
import { primePacks } from '../packs/packs.tsx';

// the built-in packs parsed once, as a page has them after `loadPack`
primePacks(builtInPacks);

beforeEach(() => {
  localStorage.clear();
  forgetMemoryPacks();
});

afterEach(() => {
  cleanup();
});
