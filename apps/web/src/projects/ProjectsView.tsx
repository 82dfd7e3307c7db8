import {
  formatWan,
  formatYuan,
  type InputField,
  type PolicyPack,
  type ProjectChoice,
  traceText,
  tryEstimateProject,
  unitText,
} from '@huinong/benefits';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { inLang } from '../i18n/i18n.tsx';
import { ruleHref, rulesIndexHref } from '../rules/links.ts';
import { type RulesMessageKey, useRulesText } from '../rules/messages.ts';
import { useRuleRoute } from '../rules/route.ts';
import '../rules/rules.css';
import { useLoadedPack, usePack } from '../packs/packs.tsx';
import { useProjectText } from './messages.ts';
import {
  emptyForm,
  type FormField,
  formFields,
  type ProjectForm,
  type ProjectProblem,
  projectOf,
  projectOptions,
} from './project-form.ts';

/** The pack the route names (`#/projects/PACK`), else the chosen pack. */
function usePackOf(id: string | null): PolicyPack | undefined {
  const chosen = usePack();
  const named = useLoadedPack(id);
  if (!id) return chosen;
  return named ?? undefined;
}

const NUMERIC = new Set(['quantity', 'count', 'money', 'rate']);

/** "Span" → "span" in a sentence (a word like "kW" is left as it is). */
const lower = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s);

/**
 * One input of the form: a field the pack declares (its label, unit, help and type), or the
 * budget in 万元. Numbers are typed as text (１２, 1,500 are read); a choice or yes/no is a list.
 */
function InputView({
  field,
  budget = false,
  required,
  value,
  problem,
  onChange,
}: {
  field: InputField;
  budget?: boolean;
  required: boolean;
  value: string;
  problem: string | undefined;
  onChange(v: string): void;
}) {
  const { t, pick } = useRulesText();
  const p = useProjectText();
  const id = useId();
  const unit = budget ? t('projects.wan') : pick(unitText(field.unit));
  // an optional field sits under the legend that says so: its hint is the pack's help alone
  const help = budget ? t('projects.budgetHint') : field.help ? pick(field.help) : '';
  const hint = help ? `${id}-hint` : undefined;
  const error = problem ? `${id}-error` : undefined;
  const described = [hint, error].filter(Boolean).join(' ') || undefined;
  const label = `${pick(field.label)}${unit ? pick({ zh: `（${unit}）`, en: ` (${unit})` }) : ''}`;
  const common = {
    id,
    'aria-invalid': problem ? true : undefined,
    'aria-required': required ? true : undefined,
    'aria-describedby': described,
  } as const;
  let control: ReactNode;
  if (field.type === 'choice' || field.type === 'yesno') {
    const options =
      field.type === 'yesno'
        ? [
            { value: 'yes', label: p.t('projects.yes') },
            { value: 'no', label: p.t('projects.no') },
          ]
        : (field.choices ?? []).map((c) => ({ value: c.value, label: pick(c.label) }));
    control = (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{p.t('projects.choose')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else {
    const input = (
      <input
        {...common}
        type={field.type === 'date' ? 'date' : 'text'}
        inputMode={field.type === 'count' ? 'numeric' : NUMERIC.has(field.type) ? 'decimal' : undefined}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    );
    control = unit ? (
      <div className="input-unit">
        {input}
        <span className="unit" aria-hidden="true">
          {unit}
        </span>
      </div>
    ) : (
      input
    );
  }
  return (
    <div className={`field${problem ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {control}
      {hint ? (
        <p className="hint" id={hint}>
          {help}
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

/** "村组道路硬化（五(二)1）"; a group: "小型桥涵工程（五(二)3，按跨度适用标准）". */
function optionLabel(
  c: ProjectChoice,
  pick: (t: { zh: string; en: string }) => string,
  t: ReturnType<typeof useProjectText>['t'],
): string {
  if (c.kind === 'group') {
    const by = c.fields.filter((f) => f.required).map((f) => f.field.label);
    return t('projects.groupOption', {
      label: pick(c.title),
      clause: c.clause,
      by: pick({ zh: by.map((l) => l.zh).join('、'), en: by.map((l) => lower(l.en)).join(', ') }),
    });
  }
  return `${pick(c.title)}${pick({ zh: `（${c.clause}）`, en: ` (${c.clause})` })}`;
}

function Estimate({ pack, choice, form }: { pack: PolicyPack; choice: ProjectChoice; form: ProjectForm }) {
  const { t, pick, lang } = useRulesText();
  const p = useProjectText();
  const { project } = useMemo(() => projectOf(form, choice), [form, choice]);
  const result = useMemo(() => (project ? tryEstimateProject(project, pack) : null), [project, pack]);
  if (!result) return <p className="muted">{t('projects.fill')}</p>;
  if (!result.ok)
    return (
      <div className="callout" role="alert" data-testid="project-problems">
        <p>{p.t('projects.cannot')}</p>
        <ul>
          {result.problems.map((x) => (
            <li key={`${x.path}-${x.code}-${x.message.zh}`}>
              {pick(x.field)}
              {pick({ zh: '：', en: ': ' })}
              {inLang(pick(x.message), lang)}
            </li>
          ))}
        </ul>
      </div>
    );
  const estimate = result.estimate;
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
        <ul className="checks" aria-label={p.t('projects.checks')} data-testid="project-checks">
          {estimate.trace.map((e) => (
            <li key={e.condition} className={e.passed ? 'pass' : 'fail'}>
              {inLang(traceText(e, lang), lang)}
            </li>
          ))}
        </ul>
      ) : null}
      {estimate.notes.map((n) => (
        <p key={n.zh} className="callout">
          {pick(n)}
        </p>
      ))}
      <section className="rule" aria-label={`${inLang(estimate.clause, lang)} ${pick(estimate.title)}`}>
        <h3>
          {pick(estimate.title)} <span className="rule-clause">{inLang(estimate.clause, lang)}</span>
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
 * 项目估算: a 五(二) project of the pack (its standards, or a group of alternatives chosen by their
 * conditions), its quantity, the fields its standards declare and its budget, judged below /
 * within / above the plan's cost standard by the engine, with the checks and the clause quoted.
 * Every field, unit and word of the form comes from the pack.
 */
export function ProjectsView({ focusHeading = false }: { focusHeading?: boolean }) {
  const { t, pick } = useRulesText();
  const p = useProjectText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  const route = useRuleRoute();
  const pack = usePackOf(route.view === 'projects' ? route.packId : null);
  const options = useMemo(() => (pack ? projectOptions(pack) : []), [pack]);
  const typeId = useId();
  const [form, setForm] = useState<ProjectForm>(() => emptyForm(options[0]?.id ?? ''));
  // another pack may lack the choice made: fall back to its first
  const choice = options.find((o) => o.id === form.choice) ?? options[0];
  if (choice && choice.id !== form.choice) setForm((f) => ({ ...f, choice: choice.id }));
  const problems = useMemo(() => (choice ? projectOf(form, choice).problems : {}), [form, choice]);
  const problemText = (key: string) => {
    const x: ProjectProblem | undefined = problems[key];
    return x === 'not-whole' ? t('projects.wholeNumber') : x ? t('projects.invalid') : undefined;
  };
  const inputs = choice ? formFields(choice) : [];
  const main = inputs.filter((f) => f.required);
  const design = inputs.filter((f) => !f.required);
  const field = (f: FormField) => (
    <InputView
      key={`${choice?.id}-${f.field.key}`}
      field={f.field}
      required={f.required}
      value={form.values[f.field.key] ?? ''}
      problem={problemText(f.field.key)}
      onChange={(v) => setForm((s) => ({ ...s, values: { ...s.values, [f.field.key]: v } }))}
    />
  );
  const budgetField: InputField = {
    key: 'budget',
    type: 'money',
    label: { zh: t('projects.budget'), en: t('projects.budget') },
  };

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
        {!pack || !choice ? (
          <p role="alert">{t('projects.none', { pack: pack ? pick(pack.name) : (route.packId ?? '') })}</p>
        ) : (
          <form className="project-form" noValidate onSubmit={(e) => e.preventDefault()}>
            <div className="field">
              <label htmlFor={typeId}>{t('projects.type')}</label>
              <select
                id={typeId}
                value={choice.id}
                onChange={(e) => setForm((f) => ({ ...f, choice: e.target.value }))}
              >
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {optionLabel(o, pick, p.t)}
                  </option>
                ))}
              </select>
            </div>
            <div className="project-grid">
              {main.map(field)}
              <InputView
                key="budget"
                field={budgetField}
                budget
                required={false}
                value={form.budgetWan}
                problem={problemText('budgetWan')}
                onChange={(v) => setForm((s) => ({ ...s, budgetWan: v }))}
              />
            </div>
            {design.length > 0 ? (
              <fieldset className="project-design">
                <legend>{p.t('projects.design')}</legend>
                <div className="project-grid">{design.map(field)}</div>
              </fieldset>
            ) : null}
          </form>
        )}
      </section>
      {pack && choice ? (
        <section className="panel" aria-labelledby="project-result-heading">
          <h3 id="project-result-heading">{t('projects.result')}</h3>
          <Estimate pack={pack} choice={choice} form={form} />
        </section>
      ) : null}
    </div>
  );
}
