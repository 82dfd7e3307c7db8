import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ActivityDef,
  Collective,
  type Condition,
  formatPackError,
  Household,
  type InputField,
  Member,
  Operator,
  type PolicyPack,
  PolicyPack as PolicyPackSchema,
  type Standard,
  validatePack,
} from '@huinong/benefits';
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { renderPackDoc, textsAreVerbatim } from '../src/docs.ts';
import { builtInPacks, findPack, ruzhou2023Json, xiji2025Json, xixiang2023Json } from '../src/index.ts';

// What must hold for every built-in pack: it parses, its ids are unique, every activity, field
// and fact a standard or limit reads is declared, and its texts are either the seed's words or
// marked as our summary.

const root = join(import.meta.dirname, '../../..');
const packsDir = join(import.meta.dirname, '../packs');
const seeds = new Set(readdirSync(join(root, 'docs/sources')));
const jsonById: Record<string, unknown> = {
  'xixiang-2023': xixiang2023Json,
  'xiji-2025': xiji2025Json,
  'ruzhou-2023': ruzhou2023Json,
};
const SUMMARY = '（摘要）';
const packCases = builtInPacks.map((p) => [p.id, p] as const);

describe('the built-in packs', () => {
  test('are xixiang-2023 (the default), xiji-2025 and ruzhou-2023', () => {
    expect(builtInPacks.map((p) => p.id)).toEqual(['xixiang-2023', 'xiji-2025', 'ruzhou-2023']);
    expect(findPack('xiji-2025')?.home.code).toBe('640422');
    expect(findPack('ruzhou-2023')?.home.code).toBe('410482');
    expect(findPack('nowhere-2024')).toBeUndefined();
  });

  test('every file in packs/ is a built-in pack, and its JSON is the one exported', () => {
    const files = readdirSync(packsDir).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(builtInPacks.map((p) => p.id).sort());
    for (const f of files) {
      const id = f.replace(/\.json$/, '');
      expect(JSON.parse(readFileSync(join(packsDir, f), 'utf8'))).toEqual(jsonById[id]);
    }
  });

  test.for(packCases)('%s parses and passes validatePack', ([id]) => {
    expect(PolicyPackSchema.safeParse(jsonById[id]).success).toBe(true);
    expect(validatePack(jsonById[id]).ok).toBe(true);
  });

  test('pack ids are unique', () => {
    const ids = builtInPacks.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.for(packCases)('%s: standard, limit, activity and fact ids are unique', ([, pack]) => {
    for (const ids of [
      pack.standards.map((s) => s.id),
      pack.limits.map((l) => l.id),
      pack.inputs.activities.map((a) => a.type),
      pack.inputs.facts.map((f) => f.key),
    ])
      expect(new Set(ids).size).toBe(ids.length);
  });

  test.for(packCases)('%s: the period and the standards’ dates agree', ([, pack]) => {
    for (const s of pack.standards) {
      expect(s.dates.from >= pack.dates.from, s.id).toBe(true);
      expect(s.dates.to <= pack.dates.to, s.id).toBe(true);
    }
  });
});

/** Unwraps optional / default / pipe / readonly wrappers of a zod schema. */
function unwrap(s: z.ZodType): z.ZodType {
  let cur = s as unknown as { _zod: { def: Record<string, unknown> } };
  for (;;) {
    const def = cur._zod.def;
    const inner = (def.innerType ?? (def.type === 'pipe' ? def.in : undefined)) as typeof cur | undefined;
    if (!inner) return cur as unknown as z.ZodType;
    cur = inner;
  }
}

/** Whether a dotted path names a field of an engine schema (objects, arrays, unions). */
function hasPath(schema: z.ZodType, path: string): boolean {
  const [key, ...rest] = path.split('.');
  const s = unwrap(schema) as unknown as { _zod: { def: Record<string, unknown> } };
  const def = s._zod.def;
  if (def.type === 'union') return (def.options as z.ZodType[]).some((o) => hasPath(o, path));
  if (def.type !== 'object' || key === undefined) return false;
  const field = (def.shape as Record<string, z.ZodType>)[key];
  if (!field) return false;
  return rest.length === 0 || hasPath(field, rest.join('.'));
}

function elementOf(schema: z.ZodType): z.ZodType {
  const def = (unwrap(schema) as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  return (def.type === 'array' ? def.element : schema) as z.ZodType;
}

/** The paths a standard reads from its source: conditions, award. */
function pathsRead(s: Standard): { path: string; from: string }[] {
  const out: { path: string; from: string }[] = [];
  for (const c of s.conditions) {
    out.push({ path: c.field, from: `condition ${c.id}` });
    if (c.kind === 'min-ratio') out.push({ path: c.per, from: `condition ${c.id}.per` });
    if (c.kind === 'min-difference') out.push({ path: c.minus, from: `condition ${c.id}.minus` });
    if (c.kind === 'min-months' && c.until) out.push({ path: c.until, from: `condition ${c.id}.until` });
  }
  const a = s.award;
  if (a.kind === 'per-unit') out.push({ path: a.quantity, from: 'award.quantity' });
  if (a.kind === 'share') {
    out.push({ path: a.base, from: 'award.base' });
    if (a.minus) out.push({ path: a.minus, from: 'award.minus' });
    if (a.ceiling) out.push({ path: a.ceiling.per, from: 'award.ceiling.per' });
  }
  if (a.kind === 'reviewed' || a.kind === 'fee-reimbursement')
    out.push({ path: a.field, from: 'award.field' });
  return out;
}

/** The engine schema a non-activity source reads from. */
function engineSourceSchemas(s: Standard): z.ZodType[] {
  const src = s.source;
  if (src.kind === 'member') {
    const field = (Member.shape as Record<string, z.ZodType>)[src.field];
    if (!field) return [];
    return [src.each ? elementOf(field) : Member];
  }
  if (src.kind === 'subject') {
    const byKind: Record<string, z.ZodType> = {
      household: Household,
      collective: Collective,
      operator: Operator,
    };
    const schemas = s.subject.kinds.map((k) => byKind[k] as z.ZodType);
    if (!src.field) return schemas;
    const field = src.field;
    return schemas
      .map((sc) => (unwrap(sc) as unknown as { shape?: Record<string, z.ZodType> }).shape?.[field])
      .filter((x): x is z.ZodType => x !== undefined);
  }
  return [];
}

const NUMERIC = new Set(['quantity', 'count', 'money', 'rate']);

/** The field types a condition may read. */
function typesFor(c: Condition): ReadonlySet<string> {
  switch (c.kind) {
    case 'attest':
      return new Set(['yesno']);
    case 'one-of':
      return new Set(['choice', 'text']);
    case 'date-from':
    case 'date-to':
    case 'min-months':
      return new Set(['date']);
    default:
      return NUMERIC;
  }
}

const fieldOf = (a: ActivityDef, key: string): InputField | undefined => a.fields.find((f) => f.key === key);

describe('what every standard reads is declared', () => {
  const standards = builtInPacks.flatMap((p) => p.standards.map((s) => [p.id, s.id, p, s] as const));

  test.for(standards.filter(([, , , s]) => s.source.kind === 'activity'))(
    '%s › %s: its activity types are declared, for its subjects',
    ([, , pack, s]) => {
      if (s.source.kind !== 'activity') return;
      for (const type of s.source.types) {
        const def = pack.inputs.activities.find((a) => a.type === type);
        expect(def, type).toBeDefined();
        const kinds = s.subject.kinds.filter((k) => k !== 'project');
        expect(
          kinds.some((k) => def?.subjects.includes(k)),
          type,
        ).toBe(true);
      }
    },
  );

  test.for(standards.filter(([, , , s]) => s.source.kind === 'activity'))(
    '%s › %s: every field it reads is a field of each activity, of the right type',
    ([, , pack, s]) => {
      if (s.source.kind !== 'activity') return;
      for (const type of s.source.types) {
        const def = pack.inputs.activities.find((a) => a.type === type) as ActivityDef;
        for (const { path, from } of pathsRead(s))
          expect(fieldOf(def, path), `${type}.${path} (${from})`).toBeDefined();
        for (const c of s.conditions) {
          const f = fieldOf(def, c.field) as InputField;
          expect(typesFor(c).has(f.type), `${c.id} reads ${f.type}`).toBe(true);
          if (c.kind === 'one-of' && f.type === 'choice')
            for (const v of c.values)
              expect(
                f.choices?.map((x) => x.value),
                v,
              ).toContain(v);
          if (c.kind === 'min-ratio' || c.kind === 'min-difference') {
            const other = fieldOf(def, c.kind === 'min-ratio' ? c.per : c.minus) as InputField;
            expect(NUMERIC.has(other.type), c.id).toBe(true);
          }
        }
        const a = s.award;
        if (a.kind === 'per-unit')
          expect(NUMERIC.has(fieldOf(def, a.quantity)?.type ?? ''), a.quantity).toBe(true);
      }
    },
  );

  // a 五(二) project standard reads its own declared quantity and fields (project), never the engine's
  const isProject = (s: Standard) => s.subject.kinds.includes('project');
  test.for(standards.filter(([, , , s]) => isProject(s)))(
    '%s › %s: every field its conditions and design checks read is declared in its project',
    ([, , , s]) => {
      const keys = new Set([
        ...(s.project?.quantity ? [s.project.quantity.key] : []),
        ...(s.project?.fields ?? []).map((f) => f.key),
      ]);
      for (const c of [...s.conditions, ...(s.project?.checks ?? [])]) expect(keys, c.id).toContain(c.field);
    },
  );

  test.for(standards.filter(([, , , s]) => s.source.kind !== 'activity' && !isProject(s)))(
    '%s › %s: every field it reads is an engine field of its source',
    ([, , , s]) => {
      const schemas = engineSourceSchemas(s);
      expect(schemas.length).toBeGreaterThan(0);
      for (const { path, from } of pathsRead(s))
        expect(
          schemas.some((sc) => hasPath(sc, path)),
          `${path} (${from})`,
        ).toBe(true);
    },
  );

  test.for(packCases)(
    '%s: every fact a group, a rate or a limit reads is declared, with a value it can take',
    ([, pack]) => {
      const groups = pack.standards.flatMap((s) => [
        ...(s.subject.alsoGroups ?? []),
        ...(s.award.kind === 'per-unit' || s.award.kind === 'fixed'
          ? (s.award.rates ?? []).map((r) => r.group)
          : []),
      ]);
      const reads: [string, string | boolean, string | undefined][] = groups.flatMap((g) =>
        Object.entries(g.facts ?? {}).map(
          ([k, v]) => [k, v, g.category] as [string, string | boolean, string],
        ),
      );
      for (const l of pack.limits)
        if (l.kind === 'exclusion' && l.ifFact) reads.push([l.ifFact.key, l.ifFact.equals, undefined]);
      for (const [key, value, category] of reads) {
        const fact = pack.inputs.facts.find((f) => f.key === key);
        expect(fact, key).toBeDefined();
        if (typeof value === 'boolean') expect(fact?.type, key).toBe('yesno');
        else
          expect(
            fact?.choices?.map((c) => c.value),
            key,
          ).toContain(value);
        // a fact asked only of some categories is read only for those
        if (category && fact?.categories) expect(fact.categories, key).toContain(category);
      }
    },
  );

  test.for(packCases)('%s: every choice field has labels and every field a roster column', ([, pack]) => {
    for (const f of [...pack.inputs.activities.flatMap((a) => a.fields), ...pack.inputs.facts]) {
      if (f.type === 'choice') expect(f.choices?.length, f.key).toBeGreaterThan(0);
      if (pack.id !== 'xixiang-2023') expect(f.column, f.key).toBeDefined();
    }
  });
});

/** A pack quotes its seed verbatim when its document is one of docs/sources; else it restates. */
const verbatim = (pack: PolicyPack) => seeds.has(pack.document.file);

describe('clause texts: the seed’s words, or marked as our summary', () => {
  test('xixiang-2023 quotes its seed; xiji-2025 and ruzhou-2023 restate theirs', () => {
    expect(builtInPacks.map((p) => [p.id, verbatim(p)])).toEqual([
      ['xixiang-2023', true],
      ['xiji-2025', false],
      ['ruzhou-2023', false],
    ]);
    for (const p of builtInPacks) expect(textsAreVerbatim(p), p.id).toBe(verbatim(p));
  });

  test.for(packCases.filter(([, p]) => verbatim(p)))(
    '%s: every text is in the seed, none marked 摘要',
    ([, pack]) => {
      const seed = readFileSync(join(root, 'docs/sources', pack.document.file), 'utf8');
      for (const s of pack.standards) {
        expect(seed, s.id).toContain(s.text);
        expect(s.text.startsWith(SUMMARY), s.id).toBe(false);
      }
    },
  );

  test.for(packCases.filter(([, p]) => !verbatim(p)))(
    '%s: every standard and limit text starts with （摘要）, and each standard says so in a note',
    ([, pack]) => {
      for (const s of pack.standards) {
        expect(s.text.startsWith(SUMMARY), s.id).toBe(true);
        expect(
          s.notes.some((n) => n.zh.includes('摘要') && n.en.includes('summary')),
          s.id,
        ).toBe(true);
        if (s.award.kind === 'share' && s.award.ceiling)
          expect(s.award.ceiling.text.startsWith(SUMMARY), s.id).toBe(true);
      }
      for (const l of pack.limits) expect(l.text.startsWith(SUMMARY), l.id).toBe(true);
    },
  );

  test.for(packCases.filter(([, p]) => !verbatim(p)))(
    '%s: every threshold, months, date and amount is written in its summary',
    ([, pack]) => {
      const numberIn = (text: string, n: string) => {
        const v = Number(n);
        return [n, String(v), String(v * 100)].some((f) => text.includes(f));
      };
      for (const s of pack.standards) {
        for (const c of s.conditions) {
          // a condition worded without a number ("养殖", "种植") checks that there is some
          if ('threshold' in c && /\d/.test(c.text))
            expect(numberIn(s.text, c.threshold), `${s.id}.${c.id}`).toBe(true);
          if (c.kind === 'min-months') expect(s.text, `${s.id}.${c.id}`).toContain(`${c.months}个月`);
          if (c.kind === 'date-from' || c.kind === 'date-to') {
            const [y, m, d] = c.date.split('-').map(Number);
            expect(s.text, `${s.id}.${c.id}`).toContain(`${y}年${m}月${d}日`);
          }
        }
        const a = s.award;
        if (a.kind === 'per-unit' || a.kind === 'fixed')
          for (const amount of a.amount !== undefined ? [a.amount] : (a.rates ?? []).map((r) => r.amount))
            expect(numberIn(s.text, amount), `${s.id} ${amount}`).toBe(true);
        if (a.kind === 'share') {
          expect(numberIn(s.text, a.rate), s.id).toBe(true);
          if (a.ceiling) expect(numberIn(s.text, a.ceiling.amount), s.id).toBe(true);
        }
      }
      for (const l of pack.limits)
        if (l.kind !== 'exclusion') expect(numberIn(l.text, l.max), l.id).toBe(true);
    },
  );
});

describe('validatePack names what is wrong, by path, in Chinese and English', () => {
  /** the parts of a pack file the broken copies edit */
  interface Raw {
    standards: {
      id: string;
      award: { kind: string; amount?: string };
      source: { types: string[] };
      conditions: { kind: string }[];
    }[];
    limits: { standards: string[]; ifAwarded?: string[] }[];
  }
  const at = <T>(xs: readonly T[], i: number): T => {
    const x = xs[i];
    if (x === undefined) throw new Error(`no item ${i}`);
    return x;
  };
  const broken = (edit: (p: Raw) => void) => {
    const copy = structuredClone(xiji2025Json) as unknown as Raw;
    edit(copy);
    return copy;
  };
  test.for([
    {
      name: 'a per-unit award with neither amount nor rates',
      pack: broken((p) => {
        delete at(p.standards, 3).award.amount;
      }),
      path: 'standards[3].award.amount',
      zh: '单价须给出 amount 或 rates 之一',
    },
    {
      name: 'an award of an unknown kind',
      pack: broken((p) => {
        at(p.standards, 0).award.kind = 'per-head';
      }),
      path: 'standards[0].award.kind',
      zh: '未知的类型“per-head”',
    },
    {
      name: 'a condition of an unknown kind',
      pack: broken((p) => {
        at(at(p.standards, 0).conditions, 1).kind = 'at-least';
      }),
      path: 'standards[0].conditions[1].kind',
      zh: '未知的类型“at-least”',
    },
    {
      name: 'a limit over an unknown standard',
      pack: broken((p) => {
        at(p.limits, 2).standards.push('camel-caravans');
      }),
      path: 'limits[2].standards[2]',
      zh: '未知的标准：“camel-caravans”',
    },
    {
      name: 'an exclusion after an unknown standard',
      pack: broken((p) => {
        at(p.limits, 0).ifAwarded = ['cattle-calves'];
      }),
      path: 'limits[0].ifAwarded[0]',
      zh: '未知的标准：“cattle-calves”',
    },
    {
      name: 'a standard reading an undeclared activity',
      pack: broken((p) => {
        at(p.standards, 2).source.types = ['camels'];
      }),
      path: 'standards[2].source.types',
      zh: '产业类型未在 inputs.activities 中声明：“camels”',
    },
    {
      name: 'a negative amount',
      pack: broken((p) => {
        at(p.standards, 4).award.amount = '-30';
      }),
      path: 'standards[4].award.amount',
      zh: '格式不对',
    },
    {
      name: 'a duplicated standard id',
      pack: broken((p) => {
        at(p.standards, 5).id = at(p.standards, 4).id;
      }),
      path: 'standards[5].id',
      zh: '编号重复：“courtyard-geese”',
    },
  ])('$name', (c) => {
    const r = validatePack(c.pack);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toContain(c.path);
    const e = r.errors.find((x) => x.path === c.path);
    if (!e) return;
    expect(e.message.zh).toContain(c.zh);
    // the Chinese message is Chinese, the English one English; both halves name the path
    expect(e.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(e.message.en).not.toMatch(/[\u4e00-\u9fff]/);
    const [zh, en] = formatPackError(e).split(' / ');
    expect(zh?.startsWith(`${c.path}：`)).toBe(true);
    expect(en?.startsWith(`${c.path}: `)).toBe(true);
  });
});

describe('every standard of the new packs has cases', () => {
  const tests = ['xiji-2025.test.ts', 'ruzhou-2023.test.ts']
    .map((f) => readFileSync(join(import.meta.dirname, f), 'utf8'))
    .join('\n');
  test.for(
    builtInPacks
      .filter((p) => p.id !== 'xixiang-2023')
      .flatMap((p) => [
        ...p.standards.map((s) => [p.id, s.id] as const),
        ...p.limits.map((l) => [p.id, l.id] as const),
      ]),
  )('%s › %s', ([, id]) => {
    expect(tests).toContain(`'${id}'`);
  });
});

describe('docs/packs/ID.md (renderPackDoc)', () => {
  test.for(packCases)(
    '%s: names every standard, activity, field, fact and limit, and how texts are quoted',
    ([, pack]) => {
      const doc = renderPackDoc(pack);
      for (const s of pack.standards) {
        expect(doc, s.id).toContain(`\`${s.id}\``);
        expect(doc, s.id).toContain(`> ${s.text}`);
      }
      for (const a of pack.inputs.activities) {
        expect(doc, a.type).toContain(`\`${a.type}\``);
        for (const f of a.fields) expect(doc, `${a.type}.${f.key}`).toContain(`\`${f.key}\``);
      }
      for (const f of pack.inputs.facts) expect(doc, f.key).toContain(`\`${f.key}\``);
      for (const l of pack.limits) expect(doc, l.id).toContain(`\`${l.id}\``);
      for (const src of pack.sources) expect(doc, src.title).toContain(src.title);
      expect(doc).toContain(verbatim(pack) ? '原文：逐字引自文件' : '摘要：惠农对通知的重述');
    },
  );

  test('the quantity cap states its reading', () => {
    expect(renderPackDoc(builtInPacks[1] as PolicyPack)).toContain(
      '合计 ≤ 5 头；读法 order = `highest-first`',
    );
  });
});
