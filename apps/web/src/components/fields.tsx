import { useId } from 'react';
import { type Bilingual, useI18n } from '../i18n/i18n.tsx';
import type { FieldSpec } from '../wizard/questions.ts';
import { PlaceField } from './PlaceField.tsx';

export interface FieldProps {
  readonly spec: FieldSpec;
  readonly value: string;
  readonly error?: Bilingual | undefined;
  onChange(value: string): void;
}

/** "面积（亩）" / "Area (mu)": every input is labelled with its unit. */
export function labelWithUnit(label: Bilingual, unit: Bilingual | undefined, lang: 'zh' | 'en'): string {
  if (!unit) return label[lang];
  return lang === 'zh' ? `${label.zh}（${unit.zh}）` : `${label.en} (${unit.en})`;
}

/** One question of the wizard: a number with its unit, a percentage, yes/no or text. */
export function Field({ spec, value, error, onChange }: FieldProps) {
  const { lang, pick, t } = useI18n();
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described =
    [error ? errorId : null, spec.hint ? hintId : null].filter(Boolean).join(' ') || undefined;

  if (spec.kind === 'yesno') {
    return (
      <fieldset
        className="field field-yesno"
        aria-describedby={described}
        aria-invalid={error ? true : undefined}
      >
        <legend>{pick(spec.label)}</legend>
        <div className="yesno">
          {(['yes', 'no'] as const).map((v) => (
            <label key={v} className="choice-inline">
              <input type="radio" name={id} value={v} checked={value === v} onChange={() => onChange(v)} />
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
    return <PlaceField label={spec.label} value={value} error={error} onChange={onChange} />;
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
          onChange={(e) => onChange(e.currentTarget.value)}
        />
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
    </div>
  );
}

export interface ChoiceOption<T extends string> {
  readonly value: T;
  readonly label: Bilingual;
  readonly hint?: Bilingual;
}

/** A radio group of large, thumb-sized choices. */
export function Choice<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly ChoiceOption<T>[];
  value: T | null;
  onChange(value: T): void;
}) {
  const { pick } = useI18n();
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className={`choice${value === o.value ? ' choice-on' : ''}`}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <span className="choice-text">
            <span className="choice-label">{pick(o.label)}</span>
            {o.hint ? <span className="choice-hint">{pick(o.hint)}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

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
