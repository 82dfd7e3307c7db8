import { type Bilingual, useI18n } from '../i18n/i18n.tsx';

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
