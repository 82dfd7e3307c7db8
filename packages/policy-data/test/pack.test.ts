import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PolicyPack } from '@huinong/benefits';
import { describe, expect, test } from 'vitest';
import { xixiang2023, xixiang2023Json } from '../src/index.ts';

const root = join(import.meta.dirname, '../../..');
const catalogue = readFileSync(join(root, 'docs/sources/standards.md'), 'utf8');
const seed = readFileSync(join(root, 'docs/sources/003_6ce3d45cd7b065a6.txt'), 'utf8');
const catalogueIds = [...catalogue.matchAll(/^\| `([a-z0-9-]+)`/gm)].map((m) => m[1] as string);

const testSources = [join(root, 'packages/policy-data/test'), join(root, 'packages/benefits/test/loan')]
  .flatMap((dir) => {
    try {
      return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f));
    } catch {
      return [];
    }
  })
  .filter((f) => f.endsWith('.test.ts') && !f.endsWith('pack.test.ts'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('the xixiang-2023 pack against the catalogue and the seed', () => {
  test('the catalogue lists 48 standards', () => {
    expect(catalogueIds).toHaveLength(48);
  });

  test.for(catalogueIds)('%s is in the pack and has tests', (id) => {
    expect(xixiang2023.standards.map((s) => s.id)).toContain(id);
    expect(testSources).toContain(`'${id}'`);
  });

  test('the pack has no standard the catalogue does not list', () => {
    expect(xixiang2023.standards.map((s) => s.id).sort()).toEqual([...catalogueIds].sort());
  });

  test.for(xixiang2023.standards.map((s) => [s.id, s.text] as const))(
    '%s quotes the seed verbatim',
    ([, text]) => {
      expect(seed).toContain(text);
    },
  );

  test.for(
    xixiang2023.standards.flatMap((s) => s.conditions.map((c) => [s.id, c.id, c.text, s.text] as const)),
  )('%s › %s: the condition is worded from its clause', ([, , conditionText, clauseText]) => {
    // each condition's words (minus our "……" elisions and notes in brackets) appear in the clause
    const words = conditionText.replace(/（项目名.*?）/, '').split('……');
    for (const w of words) expect(clauseText).toContain(w);
  });

  test('every threshold and unit amount is a number written in its clause', () => {
    const numberIn = (text: string, n: string) => {
      const v = Number(n);
      const forms = [n, String(v), String(v * 100), String(v / 10000)];
      return forms.some((f) => text.includes(f));
    };
    for (const s of xixiang2023.standards) {
      for (const c of s.conditions) {
        // two conditions encode "has some" rather than a number of the clause: 棚架建设 (some
        // trellis built, > 0 mu) and 上岗人员 (in post, at least one month)
        if ('threshold' in c && !['kiwi-trellis.trellis', 'public-post.months'].includes(`${s.id}.${c.id}`))
          expect(numberIn(s.text, c.threshold), `${s.id}.${c.id}`).toBe(true);
      }
      const a = s.award;
      if (a.kind === 'per-unit' || a.kind === 'fixed')
        for (const amount of a.amount !== undefined ? [a.amount] : (a.rates ?? []).map((r) => r.amount))
          expect(numberIn(s.text, amount), s.id).toBe(true);
      if (a.kind === 'share') expect(numberIn(s.text, a.rate), s.id).toBe(true);
      if (a.kind === 'cost-range') {
        expect(numberIn(s.text, a.min), `${s.id} min`).toBe(true);
        expect(numberIn(s.text, a.max), `${s.id} max`).toBe(true);
      }
    }
  });

  test('a pack with a duplicated id or a negative amount is refused', () => {
    const dup = {
      ...xixiang2023Json,
      standards: [...xixiang2023Json.standards, xixiang2023Json.standards[0]],
    };
    expect(PolicyPack.safeParse(dup).success).toBe(false);
    const bad = structuredClone(xixiang2023Json);
    (bad.standards[5] as { award: { amount: string } }).award.amount = '-2';
    expect(PolicyPack.safeParse(bad).success).toBe(false);
  });
});
