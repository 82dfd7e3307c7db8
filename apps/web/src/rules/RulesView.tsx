import {
  estimateProject,
  formatQuantity,
  formatYuan,
  type Lang,
  type PolicyPack,
  reasonText,
  type Standard,
  type Text,
  traceText,
  unitText,
} from '@huinong/benefits';
import { lprSeries } from '@huinong/policy-data';
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { inLang } from '../i18n/i18n.tsx';
import { useLoadedPack, usePacks } from '../packs/packs.tsx';
import {
  activityOf,
  awardText,
  conditionText,
  fieldLabel,
  fieldOf,
  limitRule,
  limitsOf,
  perUnitText,
  subjectLines,
} from './describe.ts';
import { type ExampleInput, exampleFor, runExample, type ScreenExample } from './example.ts';
import { projectsHref, ruleHref, rulesIndexHref } from './links.ts';
import { type RulesMessageKey, useRulesText } from './messages.ts';
import { useRuleRoute } from './route.ts';
import './rules.css';
import { ClauseRef, Mixed } from '../components/clause.tsx';

/** Punctuation in the reader's language. */
function usePunct() {
  const { lang } = useRulesText();
  return lang === 'zh'
    ? { colon: '：', open: '（', close: '）', comma: '，' }
    : { colon: ': ', open: ' (', close: ')', comma: ', ' };
}

/** A clause text that is the pack's summary, not the plan's words, starts with （摘要）. */
const SUMMARY = '（摘要）';

function Heading({
  focus,
  children,
  id = 'view-heading',
}: {
  focus: boolean;
  children: ReactNode;
  id?: string;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h2 id={id} tabIndex={-1} ref={ref}>
      {children}
    </h2>
  );
}

/** Quoted words of the plan; a pack's summary (（摘要）…) is marked 摘要, not passed off as the text. */
function Quote({ text, testId }: { text: string; testId?: string }) {
  const { t, lang } = useRulesText();
  const summary = text.startsWith(SUMMARY);
  return (
    <>
      <blockquote lang="zh-CN" data-testid={testId}>
        {summary ? (
          <span className="rule-summary-tag" data-testid="summary-tag">
            摘要{lang === 'en' ? ` (${t('rules.summary')})` : ''}{' '}
          </span>
        ) : null}
        {summary ? text.slice(SUMMARY.length) : text}
      </blockquote>
      {summary ? <p className="muted rule-summary-note">{t('rules.summaryNote')}</p> : null}
    </>
  );
}

/** The other language's text, shown small under the reader's. */
function Other({ text, lang }: { text: Text; lang: Lang }) {
  const other = lang === 'zh' ? 'en' : 'zh';
  if (text[other] === text[lang]) return null;
  return (
    <p className="rule-other muted" lang={other === 'zh' ? 'zh-CN' : 'en'}>
      {text[other]}
    </p>
  );
}

function PackFacts({ pack }: { pack: PolicyPack }) {
  const { t, pick } = useRulesText();
  const w = usePunct();
  return (
    <p className="rule-pack muted">
      {t('rules.pack')}
      {w.colon}
      {pick(pack.name)}
      {w.open}
      {pack.id}
      {w.close} · {t('rules.packPeriod')} {pack.dates.from} – {pack.dates.to}
    </p>
  );
}

/** The packs on this device (built in, then files opened), each linking to its standards. */
function PackList() {
  const { t, pick } = useRulesText();
  const w = usePunct();
  const { entries } = usePacks();
  return (
    <section className="panel" aria-labelledby="rules-packs">
      <h3 id="rules-packs">{t('rules.allPacks')}</h3>
      <ul className="rule-list">
        {entries.map(({ pack: p }) => (
          <li key={p.id}>
            <a href={rulesIndexHref(p.id)}>{pick(p.name)}</a>
            <span className="muted">
              {' '}
              {w.open}
              {p.id}
              {w.close}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function LimitItem({
  pack,
  limit,
  self,
}: {
  pack: PolicyPack;
  limit: PolicyPack['limits'][number];
  self?: string;
}) {
  const { t, pick, lang } = useRulesText();
  const ids = limit.standards;
  return (
    <li className="rule-limit" data-testid={`limit-${limit.id}`}>
      <h4>
        {pick(limit.label)}{' '}
        <span className="rule-clause">
          <ClauseRef clause={limit.clause} lang={lang} />
        </span>
      </h4>
      <p className="rule-limit-rule">{pick(limitRule(pack, limit))}</p>
      <Quote text={limit.text} />
      <p>
        {self && limit.kind === 'exclusion' && !limit.standards.includes(self)
          ? t('rules.limitTrigger')
          : t('rules.limitOver')}
        {ids.map((id, i) => {
          const s = pack.standards.find((x) => x.id === id);
          return (
            <span key={id}>
              {i > 0 ? (pick({ zh: '、', en: ', ' }) as string) : null}
              {id === self ? (
                <strong>{s ? pick(s.title) : id}</strong>
              ) : (
                <a href={ruleHref(pack.id, id)}>{s ? pick(s.title) : id}</a>
              )}
            </span>
          );
        })}
      </p>
      {limit.notes.length > 0 ? (
        <ul className="rule-notes">
          {limit.notes.map((n) => (
            <li key={n.zh}>
              <Mixed text={pick(n)} lang={lang} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** An id for a clause's heading on the index (clauses hold brackets and Chinese). */
const clauseHeadingId = (clause: string) =>
  `clause-${Array.from(clause, (c) => c.codePointAt(0)?.toString(36)).join('-')}`;

/** `#/rules/PACK`: the standards by clause, and the limits across them. */
function RulesIndex({ pack, focus }: { pack: PolicyPack; focus: boolean }) {
  const { t, pick, lang } = useRulesText();
  const byClause = useMemo(() => {
    const groups = new Map<string, Standard[]>();
    for (const s of pack.standards) groups.set(s.clause, [...(groups.get(s.clause) ?? []), s]);
    return [...groups];
  }, [pack]);
  return (
    <>
      <section className="panel" aria-labelledby="view-heading">
        <Heading focus={focus}>
          {t('rules.title')} · {pick(pack.county ?? pack.name)}
          {pack.year ? ` ${pack.year}` : ''}
        </Heading>
        <PackFacts pack={pack} />
        <p className="muted">{t('rules.indexIntro')}</p>
        <p className="muted">
          {t('rules.standardsCaption', { pack: pick(pack.name), n: pack.standards.length })}
        </p>
        {byClause.map(([clause, list]) => (
          <section key={clause} className="rule-clause-group" aria-labelledby={clauseHeadingId(clause)}>
            <h3 id={clauseHeadingId(clause)}>
              <ClauseRef clause={clause} lang={lang} />
            </h3>
            <ul className="rule-list">
              {list.map((s) => (
                <li key={s.id}>
                  <a href={ruleHref(pack.id, s.id)}>{pick(s.title)}</a>
                  <span className="rule-list-award">
                    <Mixed text={pick(awardText(pack, s))} lang={lang} />
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      <section className="panel" aria-labelledby="rules-limits">
        <h3 id="rules-limits">{t('rules.limits')}</h3>
        {pack.limits.length === 0 ? (
          <p className="muted">{t('rules.noLimits')}</p>
        ) : (
          <ul className="rule-limits">
            {pack.limits.map((l) => (
              <LimitItem key={l.id} pack={pack} limit={l} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

const TYPE_KEYS: Record<string, RulesMessageKey> = {
  quantity: 'rules.type.quantity',
  count: 'rules.type.count',
  money: 'rules.type.money',
  rate: 'rules.type.rate',
  yesno: 'rules.type.yesno',
  text: 'rules.type.text',
  date: 'rules.type.date',
  choice: 'rules.type.choice',
};

function Reads({ pack, standard }: { pack: PolicyPack; standard: Standard }) {
  const { t, pick } = useRulesText();
  const src = standard.source;
  const def = activityOf(pack, standard);
  if (standard.subject.kinds.includes('project')) return <p>{t('rules.readsProject')}</p>;
  if (def)
    return (
      <>
        <p>{t('rules.readsActivity', { name: pick(def.label) })}</p>
        <ul className="rule-fields">
          {def.fields.map((f) => (
            <li key={f.key}>
              <span className="rule-field-name">{pick(f.label)}</span>
              <span className="muted">
                {pick({ zh: '（', en: ' (' })}
                {t(TYPE_KEYS[f.type] ?? 'rules.type.text')}
                {f.unit ? ` · ${pick(unitText(f.unit)) || f.unit}` : ''}
                {pick({ zh: '）', en: ')' })}
              </span>
            </li>
          ))}
        </ul>
      </>
    );
  if (src.kind === 'member') {
    const fields = standard.conditions.map((c) => c.label);
    return (
      <p>
        {t('rules.readsMember', {
          name: [src.field, ...fields.map(pick)].join(pick({ zh: '、', en: ', ' })),
        })}
      </p>
    );
  }
  const part = src.kind === 'subject' && src.field ? src.field : pick(standard.subject.label);
  const fields = standard.conditions.map((c) => pick(c.label));
  return <p>{t('rules.readsSubject', { name: [part, ...fields].join(pick({ zh: '、', en: ', ' })) })}</p>;
}

/** The unit of a condition's threshold on a field, when it is a quantity. */
function conditionUnit(standard: Standard, path: string): string | null {
  for (const c of standard.conditions)
    if (c.field === path && (c.kind === 'min' || c.kind === 'max' || c.kind === 'min-difference'))
      return c.unit;
  return null;
}

/** An input of the example in words: its label, value with unit, and why it is that. */
function inputLabel(
  pack: PolicyPack,
  standard: Standard,
  input: ExampleInput,
  lang: Lang,
): { label: string; value: string } {
  const LOAN: Record<string, Text> = {
    principal: { zh: '贷款本金', en: 'principal' },
    termMonths: { zh: '贷款期限', en: 'term' },
    purpose: { zh: '贷款用途', en: 'use of the loan' },
    disbursedOn: { zh: '放款日', en: 'disbursed on' },
    'workTrips.0.place.province': { zh: '务工地点（省）', en: 'place of work (province)' },
  };
  const label = inLang(LOAN[input.path]?.[lang] ?? fieldLabel(pack, standard, input.path)[lang], lang);
  const v = input.value;
  if (typeof v === 'boolean')
    return { label, value: v ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no' };
  const oneOf = standard.conditions.find((c) => c.field === input.path && c.kind === 'one-of');
  if (oneOf?.kind === 'one-of')
    return { label, value: inLang(oneOf.valueLabels[String(v)]?.[lang] ?? String(v), lang) };
  if (input.path === 'purpose') return { label, value: lang === 'zh' ? '发展生产' : 'production' };
  const unit =
    input.path === 'principal'
      ? 'yuan'
      : input.path === 'termMonths'
        ? 'month'
        : (fieldOf(pack, standard, input.path)?.unit ?? conditionUnit(standard, input.path));
  const condUnit = unit === 'rate' || unit === 'percent' ? 'rate' : unit;
  return { label, value: formatQuantity(String(v), condUnit === 'yuan-per-mu' ? 'yuan' : condUnit, lang) };
}

function ScreenedExample({
  pack,
  standard,
  example,
}: {
  pack: PolicyPack;
  standard: Standard;
  example: ScreenExample;
}) {
  const { t, pick, lang } = useRulesText();
  const w = usePunct();
  const run = useMemo(() => runExample(pack, example, lprSeries), [pack, example]);
  const { line, result } = run;
  const status: RulesMessageKey =
    line.status === 'eligible'
      ? 'rules.eligible'
      : line.status === 'ineligible'
        ? 'rules.ineligible'
        : 'rules.needsInformation';
  return (
    <div className="rule-example" data-testid="rule-example">
      {example.group ? (
        <p className="rule-example-group">{t('rules.exampleGroup', { group: pick(example.group.label) })}</p>
      ) : null}
      <h4>{t('rules.exampleInputs')}</h4>
      <dl className="rule-inputs">
        {example.inputs.map((input) => {
          const { label, value } = inputLabel(pack, standard, input, lang);
          return (
            <div key={input.path}>
              <dt>
                {label}
                {pick({ zh: '：', en: ': ' })}
              </dt>
              <dd>
                {/* a place is a proper name, kept as the example writes it */}
                <Mixed text={value} lang={lang} />
                <span className="muted">
                  {pick({ zh: '（', en: ' (' })}
                  {t(`rules.why.${input.why}` as RulesMessageKey)}
                  {pick({ zh: '）', en: ')' })}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
      <h4>{t('rules.exampleResult')}</h4>
      <p className={`rule-example-line line-${line.status}`}>
        <span className={`status status-${line.status}`}>{t(status)}</span>{' '}
        <span data-testid="example-basis">{inLang(reasonText(line, lang), lang)}</span>{' '}
        <strong className="line-amount" data-testid="example-amount">
          {formatYuan(line.amount)}
        </strong>
      </p>
      {result.adjustments.length > 0 ? (
        <ul className="rule-notes">
          {result.adjustments.map((a) => (
            <li key={a.key}>{pick(a.message)}</li>
          ))}
          <li>{t('rules.exampleAdjusted', { total: formatYuan(result.total) })}</li>
        </ul>
      ) : null}
      {line.periods ? (
        <ul className="rule-periods">
          {line.periods
            .filter((p) => p.counted)
            .map((p) => (
              <li key={p.quarter}>
                {p.quarter}
                {w.colon}
                {p.from} – {p.to}
                {w.comma}
                {p.days} {lang === 'zh' ? '天' : 'days'}
                {w.comma}
                {formatYuan(p.amount)}
              </li>
            ))}
        </ul>
      ) : null}
      <h4>{t('rules.exampleTrace')}</h4>
      <ul className="checks" data-testid="example-trace">
        {line.trace.map((e) => (
          <li key={e.condition} className={e.passed ? 'pass' : 'fail'}>
            <Mixed text={traceText(e, lang)} lang={lang} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Example({ pack, standard }: { pack: PolicyPack; standard: Standard }) {
  const { t, pick, lang } = useRulesText();
  const w = usePunct();
  const a = standard.award;
  const rates = (a.kind === 'per-unit' || a.kind === 'fixed') && a.rates ? a.rates : null;
  const examples = useMemo(
    () =>
      rates ? rates.map((_, rate) => exampleFor(pack, standard, { rate })) : [exampleFor(pack, standard)],
    [pack, standard, rates],
  );
  const first = examples[0];
  if (!first) return null;
  if (first.kind === 'none')
    return (
      <p className="muted" data-testid="rule-no-example">
        {t('rules.exampleNone')}
        {w.colon}
        {pick(first.message)}
      </p>
    );
  if (first.kind === 'project') {
    const e = estimateProject(first.project, pack);
    const unit = e.unit ? formatQuantity(e.quantity ?? '1', e.unit, lang) : '';
    return (
      <div className="rule-example" data-testid="rule-example">
        <p>{t('rules.exampleProject')}</p>
        <p>
          {unit}
          {w.colon}
          {t('rules.range')}{' '}
          <strong data-testid="example-amount">
            {e.range
              ? e.range.min === e.range.max
                ? formatYuan(e.range.min)
                : `${formatYuan(e.range.min)} – ${formatYuan(e.range.max)}`
              : '—'}
          </strong>
        </p>
        <ul className="checks">
          {e.trace.map((x) => (
            <li key={x.condition} className="pass">
              <Mixed text={traceText(x, lang)} lang={lang} />
            </li>
          ))}
        </ul>
        {e.notes.map((n) => (
          <p key={n.zh} className="muted">
            {pick(n)}
          </p>
        ))}
        <p>
          <a href={projectsHref(pack.id)}>{t('rules.exampleProjectLink')}</a>
        </p>
      </div>
    );
  }
  return (
    <>
      <p>{t('rules.exampleIntro', { asOf: first.asOf })}</p>
      {examples.map((ex, i) =>
        ex.kind === 'screen' ? (
          <ScreenedExample key={ex.group?.label.zh ?? i} pack={pack} standard={standard} example={ex} />
        ) : null,
      )}
    </>
  );
}

function Section({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section className="rule-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** `#/rules/PACK/STANDARD`: one standard, from the pack, with a worked example from the engine. */
export function RulePage({
  pack,
  standard,
  focus,
}: {
  pack: PolicyPack;
  standard: Standard;
  focus: boolean;
}) {
  const { t, pick, lang } = useRulesText();
  const w = usePunct();
  const a = standard.award;
  const rates = (a.kind === 'per-unit' || a.kind === 'fixed') && a.rates ? a.rates : null;
  const limits = limitsOf(pack, standard.id);
  const id = `rule-${standard.id}`;
  return (
    <article className="panel rule" aria-labelledby="view-heading">
      <p className="rule-back">
        <a href={rulesIndexHref(pack.id)}>← {t('rules.backToIndex')}</a>
      </p>
      <Heading focus={focus}>{pick(standard.title)}</Heading>
      <Other text={standard.title} lang={lang} />
      <PackFacts pack={pack} />
      <Section
        id={`${id}-clause`}
        title={
          <>
            {t('rules.clause')} <ClauseRef clause={standard.clause} lang={lang} />
          </>
        }
      >
        <figure className="rule-quote">
          <figcaption>{t('rules.quote')}</figcaption>
          <Quote text={standard.text} testId="clause-text" />
        </figure>
      </Section>
      <Section id={`${id}-who`} title={t('rules.who')}>
        <ul>
          {subjectLines(standard).map((l) => (
            <li key={l.zh}>{pick(l)}</li>
          ))}
        </ul>
        {rates ? (
          <>
            <h4>{t('rules.rates')}</h4>
            <ul data-testid="rule-rates">
              {rates.map((r) => (
                <li key={r.group.label.zh}>
                  {pick(r.group.label)}
                  {w.colon}
                  {pick(perUnitText(r.amount, a.kind === 'per-unit' || a.kind === 'fixed' ? a.unit : ''))}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>
      <Section id={`${id}-reads`} title={t('rules.reads')}>
        <Reads pack={pack} standard={standard} />
      </Section>
      <Section id={`${id}-conditions`} title={t('rules.conditions')}>
        {standard.conditions.length === 0 ? (
          <p className="muted">{t('rules.noConditions')}</p>
        ) : (
          <ol className="rule-conditions">
            {standard.conditions.map((c) => (
              <li key={c.id}>
                <span className="rule-condition">{pick(conditionText(pack, standard, c))}</span>
                <span className="check-words" lang="zh-CN">
                  {t('rules.planWords')}“{c.text}”
                </span>
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section id={`${id}-award`} title={t('rules.award')}>
        <p data-testid="rule-award">
          <Mixed text={pick(awardText(pack, standard))} lang={lang} />
        </p>
      </Section>
      {limits.length > 0 ? (
        <Section id={`${id}-limits`} title={t('rules.limitsOfStandard')}>
          <ul className="rule-limits">
            {limits.map(({ limit }) => (
              <LimitItem key={limit.id} pack={pack} limit={limit} self={standard.id} />
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id={`${id}-dates`} title={t('rules.dates')}>
        <p>
          {standard.dates.from} – {standard.dates.to}
        </p>
      </Section>
      {standard.notes.length > 0 ? (
        <Section id={`${id}-notes`} title={t('rules.notes')}>
          <ul className="rule-notes">
            {standard.notes.map((n) => (
              <li key={n.zh}>
                <Mixed text={pick(n)} lang={lang} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id={`${id}-example`} title={t('rules.example')}>
        <Example pack={pack} standard={standard} />
      </Section>
      <Section id={`${id}-sources`} title={t('rules.sources')}>
        <ul className="rule-sources">
          <li lang="zh-CN">
            {pack.document.title}（{pack.document.published}）
          </li>
          {pack.sources.map((s) => (
            <li key={`${s.title}${s.ref ?? ''}`} lang="zh-CN">
              {s.title}
              {s.ref ? ` ${s.ref}` : ''}
              {s.date ? `（${s.date}）` : ''}
              {s.note ? <span className="muted"> — {s.note}</span> : null}
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}

function NotFound({ message, focus }: { message: string; focus: boolean }) {
  const { t } = useRulesText();
  return (
    <section className="panel" aria-labelledby="view-heading">
      <Heading focus={focus}>{t('rules.title')}</Heading>
      <p role="alert">{message}</p>
      <p>
        <a href="#/rules">{t('rules.title')}</a>
      </p>
    </section>
  );
}

/**
 * 补助标准: `#/rules` lists the built-in packs, `#/rules/PACK` a pack's standards by clause with its
 * limits, `#/rules/PACK/STANDARD` one standard's page. Following a link between them moves the
 * focus to the new page's heading.
 */
export function RulesView({ focusHeading = false }: { focusHeading?: boolean }) {
  const { t } = useRulesText();
  const route = useRuleRoute();
  const key = `${route.packId}/${route.standardId}`;
  // the first page takes the focus when the view was moved to; every page after it does
  const initial = useRef(key);
  const navigated = useRef(false);
  if (key !== initial.current) navigated.current = true;
  const focus = navigated.current || focusHeading;
  const packs = usePacks();
  // `#/rules` is the chosen pack's list; a named pack may be built in or a file opened here
  const id = route.packId ?? packs.current.pack.id;
  const known = packs.entries.some((e) => e.pack.id === id);
  const pack = useLoadedPack(id);
  let body: ReactNode;
  if (!known) body = <NotFound focus={focus} message={t('rules.unknownPack', { id: route.packId ?? '' })} />;
  else if (!pack) body = <p className="loading">{t('rules.loading')}</p>;
  else if (!route.standardId)
    body = (
      <>
        <RulesIndex pack={pack} focus={focus} />
        <PackList />
      </>
    );
  else {
    const standard = pack.standards.find((s) => s.id === route.standardId);
    body = standard ? (
      <RulePage pack={pack} standard={standard} focus={focus} />
    ) : (
      <NotFound focus={focus} message={t('rules.unknownStandard', { pack: pack.id, id: route.standardId })} />
    );
  }
  return (
    <div className="rules" key={key}>
      {body}
    </div>
  );
}
