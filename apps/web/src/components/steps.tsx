import type { Text } from '@huinong/benefits';
import { CATEGORY_LABELS, KIND_LABELS, MONITORED_TYPE_LABELS } from '@huinong/benefits';
import { useState } from 'react';
import { type DraftError, errorsOfStep, errorWords, offerFor, stepOfKey } from '../engine.ts';
import { type Bilingual, useI18n } from '../i18n/i18n.tsx';
import { type MessageKey, messages } from '../i18n/messages.ts';
import { usePack } from '../packs/packs.tsx';
import {
  type ApplicantKind,
  answerKey,
  type Category,
  chosenItems,
  factKey,
  type MonitoredType,
  memberKey,
  type OperatorType,
} from '../wizard/draft.ts';
import { type FieldSpec, MEMBER_SECTIONS, OTHER_ACTIVITY } from '../wizard/questions.ts';
import { householdActivities, projectsFor, relevantFields, sectionsFor } from '../wizard/relevance.ts';
import type { ProfileField, Step } from '../wizard/wizard.machine.ts';
import {
  Checklist,
  Choice,
  Field,
  focusField,
  focusFieldWhenShown,
  labelWithUnit,
  ShowAllErrors,
} from './fields.tsx';
import { NavButtons, StepFrame, type StepProps } from './step-frame.tsx';

export { NavButtons, StepApplicant, StepFocus, StepFrame, type StepProps } from './step-frame.tsx';

const OPERATOR_TYPES = ['cooperative', 'family-farm', 'enterprise'] as const;

/** 五(一)4(5) names the new-type operators it rewards: 合作社, 家庭农场, 农业企业. */
const OPERATOR_TYPE_LABELS: Record<OperatorType, Bilingual> = {
  cooperative: { zh: '农民专业合作社', en: 'Farmers’ cooperative' },
  'family-farm': { zh: '家庭农场', en: 'Family farm' },
  enterprise: { zh: '农业企业', en: 'Agricultural enterprise' },
};

const CATEGORY_HINTS: Record<Category, MessageKey> = {
  'poverty-alleviated': 'category.povertyHint',
  monitored: 'category.monitoredHint',
  ordinary: 'category.ordinaryHint',
};

/**
 * The pack's facts about the applicant itself that a standard or limit reads (a monitored
 * household's risk status, a 示范村), asked where the applicant is described.
 */
function FactQuestions({ draft, send, errors, warnings }: StepProps) {
  const { t } = useI18n();
  const facts = offerFor(usePack(), draft).facts;
  if (facts.length === 0) return null;
  return (
    <fieldset className="item facts">
      <legend>{t('facts.legend')}</legend>
      {facts.map((f) => (
        <DraftField
          key={factKey(f.name)}
          spec={f}
          fieldKey={factKey(f.name)}
          draft={draft}
          send={send}
          errors={errors}
          warnings={warnings}
        />
      ))}
    </fieldset>
  );
}

export function StepCategory(props: StepProps) {
  const { draft, send, errors, warnings } = props;
  const { t } = useI18n();
  const check = useStepCheck('category', props);
  const reason = !draft.category
    ? t('category.choose')
    : draft.category === 'monitored' && !draft.monitoredType
      ? t('category.chooseType')
      : null;
  return (
    <ShowAllErrors.Provider value={check.all}>
      <StepFrame
        title={t('category.title')}
        actions={
          <NavButtons send={send} nextDisabledReason={reason} onNext={check.onNext} blocked={check.blocked} />
        }
      >
        <Choice<Category>
          legend={t('category.legend')}
          name="category"
          value={draft.category}
          options={(['poverty-alleviated', 'monitored', 'ordinary'] as const).map((c) => ({
            value: c,
            label: CATEGORY_LABELS[c] ?? { zh: c, en: c },
            hint: { zh: messageZh(CATEGORY_HINTS[c]), en: messageEn(CATEGORY_HINTS[c]) },
          }))}
          onChange={(category) => send({ type: 'category.selected', category })}
        />
        {draft.category === 'monitored' ? (
          <Choice<MonitoredType>
            legend={t('category.monitoredLegend')}
            name="monitoredType"
            value={draft.monitoredType}
            options={(['unstable', 'marginal', 'sudden-hardship'] as const).map((m) => ({
              value: m,
              label: MONITORED_TYPE_LABELS[m] ?? { zh: m, en: m },
            }))}
            onChange={(monitoredType) => send({ type: 'monitoredType.selected', monitoredType })}
          />
        ) : null}
        {draft.category && draft.category !== 'ordinary' ? (
          <FactQuestions draft={draft} send={send} errors={errors} warnings={warnings ?? []} />
        ) : null}
      </StepFrame>
    </ShowAllErrors.Provider>
  );
}

export function StepNotEligible({ send }: StepProps) {
  const { t } = useI18n();
  return (
    <StepFrame
      title={t('notEligible.title')}
      actions={
        <>
          <button type="button" className="button secondary" onClick={() => send({ type: 'nav.back' })}>
            {t('notEligible.change')}
          </button>
          <button type="button" className="button secondary" onClick={() => send({ type: 'draft.reset' })}>
            {t('nav.reset')}
          </button>
        </>
      }
    >
      <p className="callout callout-category-excluded">{t('notEligible.body')}</p>
      <p>{t('notEligible.who')}</p>
    </StepFrame>
  );
}

export function StepActivities({ draft, send }: StepProps) {
  const { t, pick } = useI18n();
  const pack = usePack();
  if (!draft.category) return null;
  const { offered, others } = householdActivities(pack, draft.category);
  const category = CATEGORY_LABELS[draft.category] ?? { zh: '', en: '' };
  return (
    <StepFrame
      title={t('activities.title')}
      intro={<p>{t('activities.intro', { category: pick(category) })}</p>}
      actions={<NavButtons send={send} />}
    >
      <Checklist
        legend={t('activities.legend', { category: pick(category) })}
        options={offered.map((a) => ({ value: a.type, label: a.label }))}
        selected={draft.activities}
        onToggle={(itemType, on) => send({ type: 'item.toggled', group: 'activity', itemType, on })}
      />
      <label className="choice choice-toggle">
        <input
          type="checkbox"
          checked={draft.otherActivities}
          onChange={(e) => send({ type: 'otherActivities.toggled', on: e.currentTarget.checked })}
        />
        <span className="choice-text">
          <span className="choice-label">{t('activities.other')}</span>
          <span className="choice-hint">{t('activities.otherHint', { category: pick(category) })}</span>
        </span>
      </label>
      {draft.otherActivities ? (
        <Checklist
          legend={t('activities.otherLegend')}
          options={[...others, OTHER_ACTIVITY].map((a) => ({ value: a.type, label: a.label }))}
          selected={draft.activities}
          onToggle={(itemType, on) => send({ type: 'item.toggled', group: 'activity', itemType, on })}
        />
      ) : null}
    </StepFrame>
  );
}

export function StepProjects({ draft, send, errors }: StepProps) {
  const { t } = useI18n();
  const pack = usePack();
  if (draft.kind !== 'collective' && draft.kind !== 'operator') return null;
  const projects = projectsFor(pack, draft.kind);
  const sections = sectionsFor(pack, draft.kind);
  return (
    <StepFrame
      title={t(draft.kind === 'operator' ? 'projects.titleOperator' : 'projects.titleCollective')}
      actions={<NavButtons send={send} />}
    >
      {draft.kind === 'operator' ? (
        <Choice<OperatorType>
          legend={t('operator.typeLegend')}
          name="operatorType"
          value={draft.operatorType}
          options={OPERATOR_TYPES.map((o) => ({ value: o, label: OPERATOR_TYPE_LABELS[o] }))}
          onChange={(operatorType) => send({ type: 'operatorType.selected', operatorType })}
        />
      ) : null}
      <FactQuestions draft={draft} send={send} errors={errors} />
      {sections.length > 0 ? (
        <Checklist
          legend={t(draft.kind === 'operator' ? 'projects.linksLegend' : 'projects.reviewLegend')}
          options={sections.map((s) => ({ value: s.type, label: s.label }))}
          selected={draft.links}
          onToggle={(itemType, on) => send({ type: 'item.toggled', group: 'link', itemType, on })}
        />
      ) : null}
      <Checklist
        legend={t('projects.legend')}
        options={projects.map((p) => ({ value: p.type, label: p.label }))}
        selected={draft.projects}
        onToggle={(itemType, on) => send({ type: 'item.toggled', group: 'project', itemType, on })}
      />
    </StepFrame>
  );
}

function errorFor(errors: readonly DraftError[], key: string): Bilingual | undefined {
  return errors.find((e) => e.key === key)?.message;
}

/** A question bound to the draft: its answer, its error and warning, and the event it sends. */
export function DraftField({
  spec,
  fieldKey,
  draft,
  send,
  errors,
  warnings,
}: Pick<StepProps, 'draft' | 'send' | 'errors'> & {
  spec: FieldSpec;
  fieldKey: string;
  warnings: StepProps['warnings'] | undefined;
}) {
  return (
    <Field
      spec={spec}
      fieldKey={fieldKey}
      value={draft.answers[fieldKey] ?? ''}
      error={errorFor(errors, fieldKey)}
      warning={errorFor(warnings ?? [], fieldKey)}
      onChange={(value) => send({ type: 'answer.changed', key: fieldKey, value })}
    />
  );
}

/**
 * 下一步 on a step with invalid answers: every error of the step shown at its field, the focus on
 * the first, and the step kept (the machine refuses to move on too).
 */
export function useStepCheck(step: string, { draft, send, errors }: StepProps) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const mine = errorsOfStep(errors, step, draft.kind);
  return {
    all,
    blocked: all && mine.length > 0 ? t('step.fixFirst', { n: mine.length }) : null,
    onNext: () => {
      const first = mine[0];
      if (!first?.key) return send({ type: 'nav.next' });
      setAll(true);
      focusField(first.key);
    },
  };
}

const PROFILE_LABEL: Record<ApplicantKind, MessageKey> = {
  household: 'review.nameHousehold',
  collective: 'review.nameCollective',
  operator: 'review.nameOperator',
};

export function StepReview({
  draft,
  send,
  errors,
  asOf,
  asOfProblem,
}: StepProps & { asOf: string; asOfProblem: Text | null }) {
  const { t, pick, lang } = useI18n();
  const pack = usePack();
  const offer = offerFor(pack, draft);
  const items = chosenItems(draft, offer);
  const shown = (f: FieldSpec, v: string) =>
    f.kind === 'yesno'
      ? v
        ? t(v === 'yes' ? 'field.yes' : 'field.no')
        : '—'
      : f.kind === 'select'
        ? pick(f.options?.find((o) => o.value === v)?.label ?? { zh: v || '—', en: v || '—' })
        : v || '—';
  const profile = (field: ProfileField, label: string, type: 'text' | 'date' = 'text') => {
    const problem = field === 'asOf' ? asOfProblem : null;
    return (
      <div className={`field${problem ? ' field-invalid' : ''}`} key={field}>
        <label htmlFor={`profile-${field}`}>{label}</label>
        <input
          id={`profile-${field}`}
          type={type}
          value={field === 'asOf' ? draft.asOf || asOf : draft[field]}
          autoComplete="off"
          {...(field === 'asOf' ? { min: pack.dates.from, max: pack.dates.to } : {})}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'profile-asOf-error' : undefined}
          onChange={(e) => send({ type: 'profile.changed', field, value: e.currentTarget.value })}
        />
        {problem ? (
          <p className="error" id="profile-asOf-error" role="alert">
            {pick(problem)}
          </p>
        ) : null}
      </div>
    );
  };
  const goto = (step: Step, label: string) => (
    <button type="button" className="link-button" onClick={() => send({ type: 'nav.goto', step })}>
      {label}
    </button>
  );
  const who = draft.kind ? pick(KIND_LABELS[draft.kind] ?? { zh: '', en: '' }) : '';
  const category =
    draft.kind === 'household' && draft.category
      ? `${pick(CATEGORY_LABELS[draft.category] ?? { zh: '', en: '' })}${
          draft.category === 'monitored' && draft.monitoredType
            ? `（${pick(MONITORED_TYPE_LABELS[draft.monitoredType] ?? { zh: '', en: '' })}）`
            : ''
        }`
      : null;
  return (
    <StepFrame
      title={t('review.title')}
      actions={
        <NavButtons
          send={send}
          nextLabel="review.toResults"
          nextDisabledReason={
            errors.length > 0
              ? t('review.fixErrors', { n: errors.length })
              : asOfProblem
                ? pick(asOfProblem)
                : null
          }
        />
      }
    >
      <div className="profile">
        {profile('name', t(PROFILE_LABEL[draft.kind ?? 'household']))}
        {profile('township', t('review.township'))}
        {profile('village', t('review.village'))}
        {profile('asOf', t('review.asOf'), 'date')}
      </div>
      <dl className="summary">
        <div>
          <dt>{t('review.applicant')}</dt>
          <dd>
            {who} {goto('applicant', t('review.edit'))}
          </dd>
        </div>
        {category ? (
          <div>
            <dt>{t('review.category')}</dt>
            <dd>
              {category} {goto('category', t('review.edit'))}
            </dd>
          </div>
        ) : null}
        {offer.facts.length > 0 ? (
          <div>
            <dt>{t('facts.legend')}</dt>
            <dd>
              {offer.facts
                .map(
                  (f) =>
                    `${labelWithUnit(f.label, f.unit, lang)}：${shown(f, draft.answers[factKey(f.name)] ?? '')}`,
                )
                .join(lang === 'zh' ? '；' : '; ')}{' '}
              {goto(draft.kind === 'household' ? 'category' : 'projects', t('review.edit'))}
            </dd>
          </div>
        ) : null}
        {items.map(({ group, item }) => {
          const fields = relevantFields(pack, draft.kind ?? 'household', draft.category, item);
          return (
            <div key={`${group}.${item.type}`}>
              <dt>{pick(item.label)}</dt>
              <dd>
                {fields.length === 0
                  ? t('details.noStandard')
                  : fields
                      .map(
                        (f) =>
                          `${labelWithUnit(f.label, f.unit, lang)}：${shown(f, draft.answers[answerKey(group, item.type, f.name)] ?? '')}`,
                      )
                      .join(lang === 'zh' ? '；' : '; ')}{' '}
                {goto('details', t('review.edit'))}
              </dd>
            </div>
          );
        })}
        {draft.kind === 'household' &&
        (draft.category === 'poverty-alleviated' || draft.category === 'monitored') ? (
          <div>
            <dt>{t('members.title')}</dt>
            <dd>
              {draft.members.length === 0
                ? t('review.noMembers')
                : draft.members
                    .map((m, i) => {
                      const name = draft.answers[memberKey(m.id, 'person', 'name')] || `${i + 1}`;
                      const offered = offer.memberSection;
                      const what = MEMBER_SECTIONS.filter(
                        (sec) => m.sections.includes(sec.type) && offered(sec.type),
                      )
                        .map((sec) => pick(sec.label))
                        .join(lang === 'zh' ? '、' : ', ');
                      return `${name}${what ? `（${what}）` : ''}`;
                    })
                    .join(lang === 'zh' ? '；' : '; ')}{' '}
              {goto('members', t('review.edit'))}
            </dd>
          </div>
        ) : null}
        {items.length === 0 ? (
          <div>
            <dt>{t('review.items')}</dt>
            <dd>
              {t('review.noItems')}{' '}
              {goto(draft.kind === 'household' ? 'activities' : 'projects', t('review.edit'))}
            </dd>
          </div>
        ) : null}
      </dl>
      {errors.length > 0 ? (
        <div className="callout callout-error" role="alert">
          <p>{t('review.errors')}</p>
          <ul>
            {errors.map((e) => {
              const step = stepOfKey(e.key, draft.kind);
              const words = pick(errorWords(pack, draft, e));
              return (
                <li key={e.path}>
                  <button
                    type="button"
                    className="link-button error-link"
                    onClick={() => {
                      if (!e.key) return;
                      if (step === 'review') focusField(e.key);
                      else {
                        focusFieldWhenShown(e.key);
                        send({ type: 'nav.goto', step });
                      }
                    }}
                  >
                    {words}
                  </button>
                  {lang === 'zh' ? '：' : ': '}
                  {pick(e.message)}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </StepFrame>
  );
}

// the choice hints are messages; these read them in both languages for a bilingual option
function messageZh(key: MessageKey): string {
  return messages[key].zh;
}
function messageEn(key: MessageKey): string {
  return messages[key].en;
}
