import {
  estimateProject,
  formatWan,
  formatYuan,
  type PolicyPack,
  traceText,
  unitText,
} from '@huinong/benefits';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ruleHref, rulesIndexHref } from '../rules/links.ts';
import { type RulesMessageKey, useRulesText } from '../rules/messages.ts';
import { useRuleRoute } from '../rules/route.ts';
import '../rules/rules.css';
import { useLoadedPack, usePack } from '../packs/packs.tsx';
import {
  EMPTY_PROJECT,
  type ProjectField,
  type ProjectForm,
  type ProjectOption,
  projectOf,
  projectOptions,
  SIZE_FIELDS,
} from './project-form.ts';

/** The pack the route names (`#/projects/PACK`), else the chosen pack. */
function usePackOf(id: string | null): PolicyPack | undefined {
  const chosen = usePack();
  const named = useLoadedPack(id);
  if (!id) return chosen;
  return named ?? undefined;
}

const FIELD_LABEL: Record<ProjectField, RulesMessageKey> = {
  lengthKm: 'projects.length',
  spanM: 'projects.span',
  deckAreaM2: 'projects.deck',
  seats: 'projects.seats',
  budgetWan: 'projects.budget',
};

const FIELD_UNIT: Record<ProjectField, string> = {
  lengthKm: 'km',
  spanM: 'm',
  deckAreaM2: 'm2',
  seats: 'seat',
  budgetWan: '',
};

function NumberField({
  field,
  value,
  problem,
  onChange,
}: {
  field: ProjectField;
  value: string;
  problem: string | undefined;
  onChange(v: string): void;
}) {
  const { t, pick } = useRulesText();
  const id = useId();
  const unit = field === 'budgetWan' ? t('projects.wan') : pick(unitText(FIELD_UNIT[field]));
  const hint = field === 'budgetWan' ? `${id}-hint` : undefined;
  const error = problem ? `${id}-error` : undefined;
  const described = [hint, error].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${problem ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {t(FIELD_LABEL[field])}
        {pick({ zh: `（${unit}）`, en: ` (${unit})` })}
      </label>
      <div className="input-unit">
        <input
          id={id}
          type="text"
          inputMode={field === 'seats' ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={value}
          aria-invalid={problem ? true : undefined}
          aria-describedby={described}
          onChange={(e) => onChange(e.target.value)}
        />
        <span className="unit" aria-hidden="true">
          {unit}
        </span>
      </div>
      {hint ? (
        <p className="hint" id={hint}>
          {t('projects.budgetHint')}
        </p>
      ) : null}
      {problem ? (
        <p className="error" id={error}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}

function optionLabel(o: ProjectOption, pick: (t: { zh: string; en: string }) => string): string {
  if (o.type === 'bridge')
    return pick({
      zh: `小型桥涵工程（${o.standards[0]?.clause ?? ''}，按跨度适用标准）`,
      en: `Small bridge (${o.standards[0]?.clause ?? ''}, standard by span)`,
    });
  const s = o.standards[0];
  return s ? `${pick(s.title)}${pick({ zh: `（${s.clause}）`, en: ` (${s.clause})` })}` : o.type;
}

function Estimate({ pack, form }: { pack: PolicyPack; form: ProjectForm }) {
  const { t, pick, lang } = useRulesText();
  const { project } = useMemo(() => projectOf(form), [form]);
  const estimate = useMemo(() => (project ? estimateProject(project, pack) : null), [project, pack]);
  if (!estimate) return <p className="muted">{t('projects.fill')}</p>;
  const u = estimate.unit ? unitText(estimate.unit) : null;
  const unitName = u ? pick(u) : '';
  const per = estimate.perUnit;
  const range = estimate.range;
  const colon = pick({ zh: '：', en: ': ' });
  const money = (yuan: string) =>
    lang === 'zh'
      ? `${formatYuan(yuan)}（${formatWan(yuan)} 万元）`
      : `${formatYuan(yuan)} (${formatWan(yuan)} × 10k)`;
  return (
    <div data-testid="project-estimate">
      {estimate.verdict ? (
        <div
          className={`verdict-box verdict-${estimate.verdict}`}
          role="status"
          data-testid="project-verdict"
        >
          <strong>{t(`projects.verdict.${estimate.verdict}` as RulesMessageKey)}</strong>
        </div>
      ) : (
        <p className="muted" role="status">
          {range ? t('projects.noBudget') : t('projects.noNumber')}
        </p>
      )}
      <dl className="project-facts">
        {per ? (
          <div>
            <dt>
              {t('projects.perUnit')}
              {colon}
            </dt>
            <dd>
              {per.average ? `${t('projects.average')} ` : ''}
              {per.min === per.max ? formatYuan(per.min) : `${formatYuan(per.min)} – ${formatYuan(per.max)}`}/
              {unitName}
            </dd>
          </div>
        ) : null}
        {range ? (
          <div>
            <dt>
              {t('projects.range')}
              {colon}
            </dt>
            <dd data-testid="project-range">
              {range.min === range.max ? money(range.min) : `${money(range.min)} – ${money(range.max)}`}
              {estimate.quantity ? (
                <span className="muted">
                  {' '}
                  {pick({ zh: '（', en: '(' })}
                  {estimate.quantity} {unitName}
                  {pick({ zh: '）', en: ')' })}
                </span>
              ) : null}
            </dd>
          </div>
        ) : null}
        {estimate.budget ? (
          <div>
            <dt>
              {t('projects.budget')}
              {colon}
            </dt>
            <dd data-testid="project-budget">{money(estimate.budget)}</dd>
          </div>
        ) : null}
      </dl>
      {estimate.trace.length > 0 ? (
        <ul className="checks">
          {estimate.trace.map((e) => (
            <li key={e.condition} className={e.passed ? 'pass' : 'fail'}>
              {traceText(e, lang)}
            </li>
          ))}
        </ul>
      ) : null}
      {estimate.notes.map((n) => (
        <p key={n.zh} className="callout">
          {pick(n)}
        </p>
      ))}
      <section className="rule" aria-label={`${estimate.clause} ${pick(estimate.title)}`}>
        <h3>
          {pick(estimate.title)} <span className="rule-clause">{estimate.clause}</span>
        </h3>
        <blockquote lang="zh-CN" data-testid="project-clause">
          {estimate.clauseText}
        </blockquote>
        <p>
          <a href={ruleHref(pack.id, estimate.standardId)}>{t('projects.rule')}</a>
        </p>
      </section>
    </div>
  );
}

/**
 * 项目估算: a 五(二) project of the pack (road, bridge, toilet…), its size and budget, judged
 * below / within / above the plan's cost standard by `estimateProject`, with the clause quoted.
 */
export function ProjectsView({ focusHeading = false }: { focusHeading?: boolean }) {
  const { t, pick } = useRulesText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  const route = useRuleRoute();
  const pack = usePackOf(route.view === 'projects' ? route.packId : null);
  const options = useMemo(() => (pack ? projectOptions(pack) : []), [pack]);
  const typeId = useId();
  const [form, setForm] = useState<ProjectForm>(() => ({
    type: options[0]?.type ?? 'village-road',
    ...EMPTY_PROJECT,
  }));
  // another pack may lack the type chosen: fall back to its first
  const type = options.some((o) => o.type === form.type) ? form.type : (options[0]?.type ?? form.type);
  if (type !== form.type) setForm((f) => ({ ...f, type }));
  const { problems } = useMemo(() => projectOf(form), [form]);
  const problemText = (f: ProjectField) =>
    problems[f] === 'not-whole' ? t('projects.wholeNumber') : problems[f] ? t('projects.invalid') : undefined;

  return (
    <div className="projects">
      <section className="panel" aria-labelledby="view-heading">
        <h2 id="view-heading" tabIndex={-1} ref={heading}>
          {t('projects.title')}
          {pack ? ` · ${pick(pack.county ?? pack.name)}${pack.year ? ` ${pack.year}` : ''}` : ''}
        </h2>
        <p className="muted">{t('projects.intro')}</p>
        {pack ? (
          <p className="rule-pack muted">
            {t('rules.pack')}
            {pick({ zh: '：', en: ': ' })}
            <a href={rulesIndexHref(pack.id)}>{pick(pack.name)}</a>
          </p>
        ) : null}
        {!pack || options.length === 0 ? (
          <p role="alert">{t('projects.none', { pack: pack ? pick(pack.name) : (route.packId ?? '') })}</p>
        ) : (
          <form className="project-form" noValidate onSubmit={(e) => e.preventDefault()}>
            <div className="field">
              <label htmlFor={typeId}>{t('projects.type')}</label>
              <select
                id={typeId}
                value={form.type}
                onChange={(e) => setForm((f) => ({ ...f, type: e.target.value as ProjectForm['type'] }))}
              >
                {options.map((o) => (
                  <option key={o.type} value={o.type}>
                    {optionLabel(o, pick)}
                  </option>
                ))}
              </select>
            </div>
            <div className="project-grid">
              {[...SIZE_FIELDS[form.type], 'budgetWan' as const].map((f) => (
                <NumberField
                  key={`${form.type}-${f}`}
                  field={f}
                  value={form[f]}
                  problem={problemText(f)}
                  onChange={(v) => setForm((s) => ({ ...s, [f]: v }))}
                />
              ))}
            </div>
          </form>
        )}
      </section>
      {pack && options.length > 0 ? (
        <section className="panel" aria-labelledby="project-result-heading">
          <h3 id="project-result-heading">{t('projects.result')}</h3>
          <Estimate pack={pack} form={form} />
        </section>
      ) : null}
    </div>
  );
}
