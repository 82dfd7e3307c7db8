import { describe, expect, test } from 'vitest';
import { builtInPacks, DEFAULT_PACK_ID, loadPack, packCatalog } from '../src/index.ts';

describe('the pack catalog', () => {
  test('lists the built-in packs, in order, with their own names, periods and dates', () => {
    expect(packCatalog.map((m) => m.id)).toEqual(builtInPacks.map((p) => p.id));
    expect(DEFAULT_PACK_ID).toBe(builtInPacks[0]?.id);
    for (const [i, meta] of packCatalog.entries()) {
      const p = builtInPacks[i];
      expect(meta).toEqual({
        id: p?.id,
        name: p?.name,
        county: p?.county,
        year: p?.year,
        dates: p?.dates,
        published: p?.document.published,
      });
    }
  });

  test.for(packCatalog.map((m) => m.id))('loadPack(%s) gives the same pack as builtInPacks', async (id) => {
    expect(await loadPack(id)).toEqual(builtInPacks.find((p) => p.id === id));
  });

  test('an id that is not built in is refused', async () => {
    await expect(loadPack('nowhere-1999')).rejects.toThrow('nowhere-1999');
  });
});
