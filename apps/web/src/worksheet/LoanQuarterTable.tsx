import { formatYuan, type ScreenLine, type Subject } from '@huinong/benefits';
import { useI18n } from '../i18n/i18n.tsx';
import { usePack } from '../packs/packs.tsx';
import { whoOf } from '../results/checks.ts';
import { loanQuarters } from './loan-quarters.ts';

/**
 * 小额信贷贴息分季度测算表 (五(一)1): every loan of the household, quarter by quarter (结息日), with
 * the quarter totals; the quarters this plan pays are marked, the rest of the schedule is shown.
 */
export function LoanQuarterTable({
  lines,
  subject,
}: {
  lines: readonly ScreenLine[];
  subject: Subject | null;
}) {
  const { pick, lang } = useI18n();
  const pack = usePack();
  const q = loanQuarters(lines, (l) => {
    const who = whoOf(l, subject, lang);
    return `${l.ref?.id ?? l.key}${who ? `（${who}）` : ''}`;
  });
  if (q.quarters.length === 0) return null;
  // the parameters quoted in the note come from the pack, never from here
  const ids = new Set(lines.filter((l) => l.periods?.length).map((l) => l.standardId));
  const award = pack.standards.find((s) => ids.has(s.id) && s.award.kind === 'loan-interest')?.award;
  const p = award?.kind === 'loan-interest' ? award.params : {};
  const cap = String(p.subsidisedPrincipalCap ?? '');
  const basis = String(p.dayCountBasis ?? '');
  const day = String((p.settlement as { day?: number } | undefined)?.day ?? '');
  return (
    <section className="ws-loans" aria-labelledby="ws-loans-title">
      <h2 id="ws-loans-title">
        {pick({
          zh: '小额信贷贴息分季度测算（五(一)1）',
          en: 'Microcredit interest subsidy by quarter (五(一)1)',
        })}
      </h2>
      <table className="ws-table">
        <thead>
          <tr>
            <th scope="col">{pick({ zh: '季度', en: 'Quarter' })}</th>
            <th scope="col">{pick({ zh: '结息日', en: 'Settlement' })}</th>
            {q.loans.map((l) => (
              <th scope="col" key={l.key}>
                {l.title}
              </th>
            ))}
            <th scope="col">{pick({ zh: '本季合计', en: 'Quarter total' })}</th>
            <th scope="col">{pick({ zh: '本方案计入', en: 'Counted in this plan' })}</th>
          </tr>
        </thead>
        <tbody>
          {q.quarters.map((row) => (
            <tr key={row.settlementDate} data-quarter={row.quarter}>
              <td>{row.quarter}</td>
              <td>{row.settlementDate}</td>
              {q.loans.map((l) => (
                <td className="num" key={l.key}>
                  {row.amounts[l.key] ? formatYuan(row.amounts[l.key] as string) : '—'}
                </td>
              ))}
              <td className="num">{formatYuan(row.total)}</td>
              <td>
                {row.counted
                  ? pick({ zh: '是', en: 'yes' })
                  : pick({ zh: '否（计划外或未到结息日）', en: 'no (outside the plan or not yet due)' })}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2 + q.loans.length}>
              {pick({ zh: '本方案计入合计 / 全部季度合计', en: 'Counted in this plan / whole schedule' })}
            </th>
            <td className="num" data-testid="ws-loans-counted">
              {formatYuan(q.countedTotal)}
            </td>
            <td className="num">{formatYuan(q.scheduleTotal)}</td>
          </tr>
        </tfoot>
      </table>
      <p className="ws-note">
        {pick({
          zh: `贴息 = min(未还本金, ${cap}) × 放款日同期LPR ÷ ${basis} × 实际天数；逾期天数不贴息；每季末月${day}日结息。`,
          en: `Subsidy = min(outstanding, ${cap}) × the LPR in force at disbursement ÷ ${basis} × actual days; no subsidy for overdue days; settled on day ${day} of each quarter’s last month.`,
        })}
      </p>
    </section>
  );
}
