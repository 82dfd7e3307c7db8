import { Fragment } from 'react';
import { focusField, ShowAllErrors } from '../components/fields.tsx';
import { DraftField, NavButtons, StepFrame, type StepProps, useStepCheck } from '../components/steps.tsx';
import { offerFor } from '../engine.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { usePack } from '../packs/packs.tsx';
import { answerKey, type ChosenItem, chosenItems, nextInstanceKey } from './draft.ts';
import { relevantFields } from './relevance.ts';

/** The id of the button adding an instance of a type (where the focus goes when one is removed). */
const addId = (c: ChosenItem) => `instance-add-${c.group}-${c.type}`;

/**
 * 填写数量: the questions of each item chosen that can change the result. An activity the pack
 * declares repeatable (cattle bought in two batches, each its own line and its own dates) can be
 * added again, each instance asked on its own and removable while there are several; the last
 * goes with its box on the activities step.
 */
export function StepDetails(props: StepProps) {
  const { draft, send, errors, warnings } = props;
  const { t, pick, lang } = useI18n();
  const colon = lang === 'zh' ? '：' : ': ';
  const pack = usePack();
  const offer = offerFor(pack, draft);
  const items = chosenItems(draft, offer);
  const check = useStepCheck('details', props);
  return (
    <ShowAllErrors.Provider value={check.all}>
      <StepFrame
        title={t('details.title')}
        intro={<p>{t('details.intro')}</p>}
        actions={<NavButtons send={send} onNext={check.onNext} blocked={check.blocked} />}
      >
        {items.map((c) => {
          const { group, item } = c;
          const fields = relevantFields(pack, draft.kind ?? 'household', draft.category, item);
          // another instance of an activity no standard reads would ask nothing
          const repeats = item.repeatable === true && fields.length > 0;
          const add = () => {
            const first = fields[0];
            const key = nextInstanceKey(draft, c.type);
            send({ type: 'instance.added', itemType: c.type });
            if (first) setTimeout(() => focusField(answerKey(group, key, first.name)), 0);
          };
          const remove = () => {
            send({ type: 'instance.removed', itemType: c.type, key: item.type });
            setTimeout(() => document.getElementById(addId(c))?.focus(), 0);
          };
          // the buttons' names end with the type's own (two repeatable activities may be chosen);
          // what they show starts those names, short enough for a phone
          const typeLabel = pick(offer.items.find((i) => i.type === c.type)?.label ?? item.label);
          const batch = group === 'activity';
          const addText = t(batch ? 'details.addBatch' : 'details.addInstance');
          const removeText = t(batch ? 'details.removeBatch' : 'details.removeInstance', { n: c.n });
          return (
            <Fragment key={`${group}.${item.type}`}>
              <fieldset className="item">
                <legend>{pick(item.label)}</legend>
                {/* the activity's help once, above its first instance */}
                {item.hint && c.n === 1 ? <p className="hint">{pick(item.hint)}</p> : null}
                {fields.length === 0 ? <p className="muted">{t('details.noStandard')}</p> : null}
                {fields.map((f) => (
                  <DraftField
                    key={answerKey(group, item.type, f.name)}
                    spec={f}
                    fieldKey={answerKey(group, item.type, f.name)}
                    draft={draft}
                    send={send}
                    errors={errors}
                    warnings={warnings}
                  />
                ))}
                {repeats && c.count > 1 ? (
                  <button
                    type="button"
                    className="button small secondary"
                    aria-label={`${removeText}${colon}${typeLabel}`}
                    onClick={remove}
                  >
                    {removeText}
                  </button>
                ) : null}
              </fieldset>
              {repeats && c.n === c.count ? (
                <p>
                  <button
                    type="button"
                    className="button secondary"
                    id={addId(c)}
                    aria-label={`${addText}${colon}${typeLabel}`}
                    onClick={add}
                  >
                    {addText}
                  </button>
                </p>
              ) : null}
            </Fragment>
          );
        })}
      </StepFrame>
    </ShowAllErrors.Provider>
  );
}
