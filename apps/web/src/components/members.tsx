import { useI18n } from '../i18n/i18n.tsx';
import { usePack } from '../packs/packs.tsx';
import { memberKey, ZERO_EMPLOYMENT_KEY } from '../wizard/draft.ts';
import { MEMBER_NAME, ZERO_EMPLOYMENT } from '../wizard/questions.ts';
import { memberSectionsFor, zeroEmploymentMatters } from '../wizard/relevance.ts';
import { Checklist, Field, ShowAllErrors } from './fields.tsx';
import { NavButtons, StepFrame, type StepProps, useStepCheck } from './steps.tsx';

/**
 * 家庭成员: for 脱贫户 and 监测对象, what each member has that a standard reads — a vocational
 * student, work outside the county, a public-welfare post, a microcredit loan, a mutual-fund
 * borrowing. Only the sections some standard for this household reads are offered.
 */
export function StepMembers(props: StepProps) {
  const { draft, send, errors } = props;
  const { t, pick } = useI18n();
  const pack = usePack();
  const check = useStepCheck('members', props);
  if (draft.kind !== 'household' || !draft.category) return null;
  const sections = memberSectionsFor(pack, draft.category, draft.monitoredType);
  const errorFor = (key: string) => errors.find((e) => e.key === key)?.message;
  return (
    <ShowAllErrors.Provider value={check.all}>
      <StepFrame
        title={t('members.title')}
        intro={<p>{t('members.intro')}</p>}
        actions={<NavButtons send={send} onNext={check.onNext} blocked={check.blocked} />}
      >
        {zeroEmploymentMatters(pack, draft.category, draft.monitoredType) ? (
          <Field
            spec={ZERO_EMPLOYMENT}
            fieldKey={ZERO_EMPLOYMENT_KEY}
            value={draft.answers[ZERO_EMPLOYMENT_KEY] ?? ''}
            error={errorFor(ZERO_EMPLOYMENT_KEY)}
            onChange={(value) => send({ type: 'answer.changed', key: ZERO_EMPLOYMENT_KEY, value })}
          />
        ) : null}
        {draft.members.map((m, i) => {
          const name = draft.answers[memberKey(m.id, 'person', 'name')] ?? '';
          return (
            <fieldset className="item member" key={m.id}>
              <legend>{t('members.member', { n: i + 1, name: name ? `：${name}` : '' })}</legend>
              <Field
                spec={MEMBER_NAME}
                value={name}
                onChange={(value) =>
                  send({ type: 'answer.changed', key: memberKey(m.id, 'person', 'name'), value })
                }
              />
              <Checklist
                legend={t('members.sections')}
                options={sections.map((s) => ({ value: s.type, label: s.label }))}
                selected={m.sections}
                onToggle={(section, on) =>
                  send({ type: 'member.section.toggled', memberId: m.id, section, on })
                }
              />
              {sections
                .filter((s) => m.sections.includes(s.type))
                .map((s) => (
                  <fieldset className="member-section" key={s.type}>
                    <legend>{pick(s.label)}</legend>
                    {s.fields.map((f) => {
                      const key = memberKey(m.id, s.type, f.name);
                      return (
                        <Field
                          key={key}
                          spec={f}
                          fieldKey={key}
                          value={draft.answers[key] ?? ''}
                          error={errorFor(key)}
                          onChange={(value) => send({ type: 'answer.changed', key, value })}
                        />
                      );
                    })}
                  </fieldset>
                ))}
              <button
                type="button"
                className="button small secondary"
                onClick={() => send({ type: 'member.removed', memberId: m.id })}
              >
                {t('members.remove', { n: i + 1 })}
              </button>
            </fieldset>
          );
        })}
        <button type="button" className="button secondary" onClick={() => send({ type: 'member.added' })}>
          {t('members.add')}
        </button>
      </StepFrame>
    </ShowAllErrors.Provider>
  );
}
