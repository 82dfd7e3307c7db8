import { createContext, useContext, useEffect, useId, useRef, useState } from 'react';
import { type Bilingual, useI18n } from '../i18n/i18n.tsx';
import type { FieldSpec } from '../wizard/questions.ts';
import { PlaceField } from './PlaceField.tsx';

export interface FieldProps {
  readonly spec: FieldSpec;
  readonly value: string;
  readonly error?: Bilingual | undefined;
  /** a value to check before paying (above the pack's plausible limit): said, not refused */
  readonly warning?: Bilingual | undefined;
  /** the draft's answer key: the input's id (`fieldId`), so that the review can link to it */
  readonly fieldKey?: string | undefined;
  onChange(value: string): void;
}

/** The id of the input of an answer key: what the review's error links point at. */
export function fieldId(key: string): string {
  return `field-${key.replace(/[^a-zA-Z0-9-]/g, '-')}`;
}

/**
 * Whether a step's errors are shown at every field now (下一步 was pressed on an invalid step),
 * not only at the fields already left.
 */
export const ShowAllErrors = createContext(false);

let pendingFocus: string | null = null;

/** Whether a field is about to take the focus (then the step's heading does not). */
export function fieldFocusPending(): boolean {
  return pendingFocus !== null;
}

/** The field to take the focus when its step has opened (a link from the review's error list). */
export function focusFieldWhenShown(key: string): void {
  pendingFocus = key;
}

/** Focuses the field of this key now, if it is on screen; true when it was. */
export function focusField(key: string): boolean {
  const el = document.getElementById(fieldId(key)) ?? document.getElementById(`profile-${key}`);
  if (!el) return false;
  el.focus();
  el.scrollIntoView({ block: 'center' });
  return true;
}

/**
 * An error is shown once the field has been left (not while the first digits are typed) or when
 * the step asks for all of them; the field of a review link takes the focus when it appears.
 */
function useFieldState(key: string | undefined, error: Bilingual | undefined) {
  const all = useContext(ShowAllErrors);
  const [left, setLeft] = useState(false);
  const ref = useRef(false);
  useEffect(() => {
    if (!key || ref.current || pendingFocus !== key) return;
    ref.current = true;
    // the step's heading leaves the focus to it (its effect runs after this one), then it is taken
    setTimeout(() => {
      pendingFocus = null;
      focusField(key);
    }, 0);
  }, [key]);
  return { shown: error && (left || all) ? error : undefined, onBlur: () => setLeft(true) };
}

/** "面积（亩）" / "Area (mu)": every input is labelled with its unit. */
export function labelWithUnit(label: Bilingual, unit: Bilingual | undefined, lang: 'zh' | 'en'): string {
  if (!unit) return label[lang];
  return lang === 'zh' ? `${label.zh}（${unit.zh}）` : `${label.en} (${unit.en})`;
}

/** One question of the wizard: a number with its unit, a percentage, yes/no or text. */
export function Field({ spec, value, error: anyError, warning, fieldKey, onChange }: FieldProps) {
  const { lang, pick, t } = useI18n();
  const auto = useId();
  const id = fieldKey ? fieldId(fieldKey) : auto;
  const { shown: error, onBlur } = useFieldState(fieldKey, anyError);
  const warningId = `${id}-warning`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described =
    [error ? errorId : null, warning ? warningId : null, spec.hint ? hintId : null]
      .filter(Boolean)
      .join(' ') || undefined;

  if (spec.kind === 'yesno') {
    return (
      <fieldset
        className="field field-yesno"
        onBlur={onBlur}
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
      >
        <legend>{pick(spec.label)}</legend>
        <div className="yesno">
          {(['yes', 'no'] as const).map((v) => (
            <label key={v} className="choice-inline">
              <input
                type="radio"
                name={id}
                value={v}
                checked={value === v}
                {...(v === 'yes' ? { id } : {})}
                onChange={() => onChange(v)}
              />
              <span>{t(v === 'yes' ? 'field.yes' : 'field.no')}</span>
            </label>
          ))}
        </div>
        {spec.hint ? (
          <p className="hint" id={hintId}>
            {pick(spec.hint)}
          </p>
        ) : null}
        {error ? (
          <p className="error" id={errorId}>
            {pick(error)}
          </p>
        ) : null}
      </fieldset>
    );
  }

  if (spec.kind === 'place') {
    return <PlaceField label={spec.label} value={value} error={anyError} onChange={onChange} />;
  }

  if (spec.kind === 'select') {
    return (
      <div className={`field${error ? ' field-invalid' : ''}`}>
        <label htmlFor={id}>{pick(spec.label)}</label>
        <select
          id={id}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onBlur={onBlur}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          <option value="">{t('field.choose')}</option>
          {(spec.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {pick(o.label)}
            </option>
          ))}
        </select>
        {error ? (
          <p className="error" id={errorId}>
            {pick(error)}
          </p>
        ) : null}
      </div>
    );
  }

  if (spec.kind === 'date') {
    return (
      <div className={`field${error ? ' field-invalid' : ''}`}>
        <label htmlFor={id}>{pick(spec.label)}</label>
        <input
          id={id}
          type="date"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onBlur={onBlur}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
        {spec.hint ? (
          <p className="hint" id={hintId}>
            {pick(spec.hint)}
          </p>
        ) : null}
        {error ? (
          <p className="error" id={errorId}>
            {pick(error)}
          </p>
        ) : null}
      </div>
    );
  }

  const numeric = spec.kind !== 'text';
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{labelWithUnit(spec.label, spec.unit, lang)}</label>
      <div className="input-unit">
        <input
          id={id}
          type="text"
          inputMode={numeric ? (spec.kind === 'count' ? 'numeric' : 'decimal') : 'text'}
          autoComplete="off"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onBlur={onBlur}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
        {spec.unit ? (
          <span className="unit" aria-hidden="true">
            {pick(spec.unit)}
          </span>
        ) : null}
      </div>
      {spec.hint ? (
        <p className="hint" id={hintId}>
          {pick(spec.hint)}
        </p>
      ) : null}
      {error ? (
        <p className="error" id={errorId}>
          {pick(error)}
        </p>
      ) : null}
      {warning ? (
        <p className="warning" id={warningId} role="status">
          {pick(warning)}
        </p>
      ) : null}
    </div>
  );
}

export { Choice, type ChoiceOption } from './choice.tsx';

/** A group of checkboxes (activities, projects, sections). */
export function Checklist({
  legend,
  options,
  selected,
  onToggle,
}: {
  legend: string;
  options: readonly { value: string; label: Bilingual }[];
  selected: readonly string[];
  onToggle(value: string, on: boolean): void;
}) {
  const { pick } = useI18n();
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {options.map((o) => {
        const on = selected.includes(o.value);
        return (
          <label key={o.value} className={`choice${on ? ' choice-on' : ''}`}>
            <input
              type="checkbox"
              value={o.value}
              checked={on}
              onChange={(e) => onToggle(o.value, e.currentTarget.checked)}
            />
            <span className="choice-text">
              <span className="choice-label">{pick(o.label)}</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
