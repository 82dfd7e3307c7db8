import { Text } from '@huinong/benefits';
import { z } from 'zod';

/** A bilingual label: Chinese first, English for the screen's second language. */

/** A non-negative amount in 万元 as a plain decimal string ('3458', '83.712'). */
export const WanAmount = z.string().regex(/^(0|[1-9]\d*)(\.\d+)?$/, 'a non-negative decimal string');
export type WanAmount = z.infer<typeof WanAmount>;

/** 备注 column of the 晋乡振发〔2023〕8号 attachment: the county's category. */
export const FundCategory = z.enum(['重点帮扶县', '整体推进县', '先行示范县']);
export type FundCategory = z.infer<typeof FundCategory>;

/** The two money columns: 金额 and 其中：健康乡村示范创建 (0 where the seed leaves it blank). */
export const AllocationPair = z.object({ amount: WanAmount, health: WanAmount });
export type AllocationPair = z.infer<typeof AllocationPair>;

/**
 * One row of the attachment below a city subtotal. `kind: 'committee'` is the one row that is not
 * a county-level division (五台山风景名胜区管委会); it has no category.
 */
export const CountyAllocation = z
  .object({
    /** the seed's name with the layout spaces removed: 盂 县 → 盂县 */
    name: z.string().regex(/^\S+$/),
    /** the name exactly as printed in the seed, layout spaces included */
    seedName: z.string().min(1),
    kind: z.enum(['county', 'committee']),
    amount: WanAmount,
    health: WanAmount,
    category: FundCategory.nullable(),
  })
  .refine((row) => row.name === row.seedName.replace(/\s+/g, ''), {
    message: 'name must be seedName without its layout spaces',
    path: ['name'],
  })
  .refine((row) => (row.kind === 'committee') === (row.category === null), {
    message: 'a county has a category, the committee has none',
    path: ['category'],
  });
export type CountyAllocation = z.infer<typeof CountyAllocation>;

/** A city: its stated subtotal row (…小计) and the rows under it. */
export const CityAllocation = z
  .object({
    name: z.string().regex(/^\S+市$/),
    /** the subtotal row's label as printed: 太原市小计 */
    seedName: z.string().min(1),
    subtotal: AllocationPair,
    counties: z.array(CountyAllocation).min(1),
  })
  .refine((city) => city.seedName === `${city.name}小计`, {
    message: 'seedName is name + 小计',
    path: ['seedName'],
  });
export type CityAllocation = z.infer<typeof CityAllocation>;

/**
 * A provincial allocation notice with its attachment table. The stated subtotals and total are kept
 * as printed; whether they add up is a check (see `checkAllocation`), not a parse error, so a
 * document with an arithmetic slip still loads and the slip is reported.
 */
export const ProvinceAllocation = z
  .object({
    documentNumber: z.string().min(1),
    issuer: z.string().min(1),
    title: z.string().min(1),
    attachmentTitle: z.string().min(1),
    year: z.int(),
    unit: z.literal('万元'),
    columns: z.object({ amount: z.string(), health: z.string(), category: z.string() }),
    /** the 全省合计 row */
    total: AllocationPair,
    cities: z.array(CityAllocation).min(1),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    for (const [ci, city] of doc.cities.entries()) {
      for (const [ri, row] of city.counties.entries()) {
        if (seen.has(row.name)) {
          ctx.addIssue({
            code: 'custom',
            message: `duplicate row ${row.name}`,
            path: ['cities', ci, 'counties', ri, 'name'],
          });
        }
        seen.add(row.name);
      }
    }
  });
export type ProvinceAllocation = z.infer<typeof ProvinceAllocation>;

/** Result of one arithmetic check on an allocation table; never thrown. */
export const AllocationCheck = z.object({
  /** stable id, e.g. `city-subtotal.太原市.amount`, `province-total.cities.health` */
  id: z.string(),
  label: Text,
  /** the figure the document states */
  expected: WanAmount,
  /** the sum computed from the rows */
  actual: WanAmount,
  passed: z.boolean(),
  /** where the stated figure is printed */
  source: z.string(),
});
export type AllocationCheck = z.infer<typeof AllocationCheck>;

/**
 * A rule on the share of a county's linkage funds spent on industry: at least `minSharePercent`, and
 * where `notBelowLastYear`, at least the county's share of the year before. 不低于 includes the number.
 */
export const IndustryShareRule = z.object({
  source: z.string().min(1),
  clause: z.string().min(1),
  quote: z.string().min(1),
  minSharePercent: WanAmount,
  notBelowLastYear: z.boolean(),
});
export type IndustryShareRule = z.infer<typeof IndustryShareRule>;
