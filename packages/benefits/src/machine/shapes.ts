import { mulToFen, plain, toFen } from '../core/money.ts';
import { traceEntry } from '../core/trace.ts';
import type { PolicyPack, Standard } from '../pack/pack.schema.ts';
import type { Member } from '../schemas/subject.schema.ts';
import {
  type Check,
  type CheckInput,
  conditionCheck,
  type Evaluation,
  inForceCheck,
  readPath,
  subjectCheck,
} from './checks.ts';
import { bestTrip, placeText, TIER_LABELS, tripsInYear, wholeMonths } from './travel.ts';

/** How a line's amount was reached. */
export interface AwardResult {
  readonly amount: string;
  readonly quantity: string | null;
  readonly unit: string | null;
  readonly unitAmount: string | null;
  readonly rate: string | null;
  readonly source: 'computed' | 'review';
}

/**
 * A machine shape: the ordered checks of a kind of standard and how its award is computed.
 * The standards themselves are data; these few shapes are the code.
 */
export interface Shape {
  readonly checks: readonly Check[];
  readonly award: (input: CheckInput) => AwardResult;
}

function num(v: unknown): string | null {
  if (typeof v === 'string' && v !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

function travelChecks(standard: Standard, pack: PolicyPack): Check[] {
  type In = CheckInput;
  if (standard.award.kind !== 'tiered-travel') return [];
  const { minMonths, perPersonPerYear } = standard.award;
  const home = pack.home;
  return [
    {
      id: 'workTrip',
      guard: 'hasWorkTripThisYear',
      evaluate: ({ source, asOf }: In): Evaluation => {
        const member = source as Member;
        const n = tripsInYear(member, asOf.slice(0, 4)).length;
        const label = { zh: '本年外出务工', en: 'work away from home this year' };
        return {
          outcome: n > 0 ? 'pass' : 'fail',
          entry: traceEntry(standard.clause, 'workTrip', label, 'gte', String(n), '1', 'trip', n > 0),
        };
      },
    },
    {
      id: 'workPlace',
      guard: 'worksOutsideHomeCounty',
      evaluate: ({ source, asOf }: In): Evaluation => {
        const best = bestTrip(source as Member, asOf.slice(0, 4), home);
        const label = { zh: '务工地点（跨县）', en: 'place of work (outside the county)' };
        const threshold = `${home.county}以外`;
        if (best.tier === null)
          return {
            outcome: 'missing',
            entry: traceEntry(standard.clause, 'workPlace', label, 'in', null, threshold, null, false),
          };
        const passed = best.tier !== 'sameCounty';
        const where = best.trip ? placeText(best.trip.place) : '';
        return {
          outcome: passed ? 'pass' : 'fail',
          entry: traceEntry(
            standard.clause,
            'workPlace',
            label,
            'in',
            `${where}（${TIER_LABELS[best.tier].zh}）`,
            threshold,
            null,
            passed,
          ),
        };
      },
    },
    {
      id: 'workPeriod',
      guard: 'workedLongEnough',
      evaluate: ({ source, asOf }: In): Evaluation => {
        const best = bestTrip(source as Member, asOf.slice(0, 4), home);
        const label = { zh: '务工时长', en: 'time in work' };
        const trip = best.trip;
        if (minMonths === 0) {
          const shown = trip?.to ? String(wholeMonths(trip.from, trip.to)) : '—';
          return {
            outcome: 'pass',
            entry: traceEntry(standard.clause, 'workPeriod', label, 'gte', shown, '0', 'month', true),
          };
        }
        if (!trip?.to)
          return {
            outcome: 'missing',
            entry: traceEntry(
              standard.clause,
              'workPeriod',
              label,
              'gte',
              null,
              String(minMonths),
              'month',
              false,
            ),
          };
        const months = wholeMonths(trip.from, trip.to);
        const passed = months >= minMonths;
        return {
          outcome: passed ? 'pass' : 'fail',
          entry: traceEntry(
            standard.clause,
            'workPeriod',
            label,
            'gte',
            String(months),
            String(minMonths),
            'month',
            passed,
          ),
          ...(passed ? {} : { shortfall: String(minMonths - months) }),
        };
      },
    },
    {
      id: 'oncePerYear',
      guard: 'notYetGrantedThisYear',
      evaluate: ({ source }: In): Evaluation => {
        const got = Number((source as Member).travelGrantsReceived ?? 0);
        const label = { zh: '本年已享受次数', en: 'grants already received this year' };
        const passed = got < perPersonPerYear;
        return {
          outcome: passed ? 'pass' : 'fail',
          entry: traceEntry(
            standard.clause,
            'oncePerYear',
            label,
            'lte',
            String(got),
            String(perPersonPerYear - 1),
            'trip',
            passed,
          ),
        };
      },
    },
  ];
}

function reviewedCheck(standard: Standard): Check {
  const field = standard.award.kind === 'reviewed' ? standard.award.field : '';
  const label = { zh: '县级评审确定的金额', en: 'amount set by county review' };
  return {
    id: 'reviewed',
    guard: 'hasReviewedAmount',
    evaluate: ({ source }) => {
      const v = num(readPath(source, field));
      return v === null
        ? {
            outcome: 'missing',
            entry: traceEntry(standard.clause, 'reviewed', label, 'info', null, null, 'yuan', false),
          }
        : {
            outcome: 'pass',
            entry: traceEntry(standard.clause, 'reviewed', label, 'info', v, null, 'yuan', true),
          };
    },
  };
}

/** Builds the shape of a standard: in force → subject → the clause's conditions → award. */
export function shapeOf(standard: Standard, pack: PolicyPack): Shape {
  const checks: Check[] = [inForceCheck(standard), subjectCheck(standard)];
  for (const c of standard.conditions) checks.push(conditionCheck(standard, c));
  const award = standard.award;
  switch (award.kind) {
    case 'per-unit': {
      const unitAmountText = plain(award.amount);
      return {
        checks,
        award: ({ source }) => {
          const q = num(readPath(source, award.quantity)) ?? '0';
          return {
            amount: mulToFen(award.amount, q),
            quantity: q,
            unit: award.unit,
            unitAmount: unitAmountText,
            rate: null,
            source: 'computed',
          };
        },
      };
    }
    case 'fixed': {
      // the same for every subject: computed once
      const amount = toFen(award.amount);
      const unitAmount = plain(award.amount);
      return {
        checks,
        award: () => ({
          amount,
          quantity: '1',
          unit: award.unit,
          unitAmount,
          rate: null,
          source: 'computed',
        }),
      };
    }
    case 'share': {
      const rateText = plain(award.rate);
      return {
        checks,
        award: ({ source }) => {
          const base = num(readPath(source, award.base)) ?? '0';
          return {
            amount: mulToFen(award.rate, base),
            quantity: base,
            unit: 'yuan',
            unitAmount: null,
            rate: rateText,
            source: 'computed',
          };
        },
      };
    }
    case 'tiered-travel': {
      checks.push(...travelChecks(standard, pack));
      // each tier's amount, rounded and written once
      const fen = (amount: string) => ({ amount: toFen(amount), unitAmount: plain(amount) });
      const none = fen('0');
      const byTier = {
        outsideProvince: fen(award.tiers.outsideProvince),
        outsideCity: fen(award.tiers.outsideCity),
        outsideCounty: fen(award.tiers.outsideCounty),
      };
      return {
        checks,
        award: ({ source, asOf }) => {
          const best = bestTrip(source as Member, asOf.slice(0, 4), pack.home);
          const tier = best.tier && best.tier !== 'sameCounty' ? best.tier : null;
          const { amount, unitAmount } = tier ? byTier[tier] : none;
          return {
            amount,
            quantity: '1',
            unit: 'trip',
            unitAmount,
            rate: null,
            source: 'computed',
          };
        },
      };
    }
    case 'reviewed':
      checks.push(reviewedCheck(standard));
      return {
        checks,
        award: ({ source }) => ({
          amount: toFen(num(readPath(source, award.field)) ?? '0'),
          quantity: null,
          unit: null,
          unitAmount: null,
          rate: null,
          source: 'review',
        }),
      };
    case 'fee-reimbursement':
      return {
        checks,
        award: ({ source }) => {
          const fee = num(readPath(source, award.field)) ?? '0';
          return {
            amount: toFen(fee),
            quantity: plain(fee),
            unit: 'yuan',
            unitAmount: null,
            rate: '1',
            source: 'computed',
          };
        },
      };
    case 'loan-interest':
    case 'cost-range':
      // loan interest has its own machine (src/loan); cost ranges are judged by estimateProject
      return { checks, award: () => zeroAward };
  }
}

const zeroAward: AwardResult = {
  amount: '0.00',
  quantity: null,
  unit: null,
  unitAmount: null,
  rate: null,
  source: 'computed',
};
