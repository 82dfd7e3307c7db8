import { useEffect, useId, useState } from 'react';
import { type Bilingual, useI18n } from '../i18n/i18n.tsx';
import type { Division } from '../members/places.ts';

/** A place of work as stored in the draft: the names (and the county's code) from the dataset. */
export interface PlaceValue {
  readonly province?: string | undefined;
  readonly city?: string | undefined;
  readonly county?: string | undefined;
  readonly code?: string | undefined;
}

export function parsePlace(value: string): PlaceValue {
  try {
    const v = JSON.parse(value) as PlaceValue;
    return v && typeof v === 'object' ? v : {};
  } catch {
    return {};
  }
}

let loading: Promise<readonly Division[]> | null = null;
let namesEn: Readonly<Record<string, string>> = {};

function loadDivisions(): Promise<readonly Division[]> {
  loading ??= import('../members/places.ts').then((m) => {
    namesEn = m.PLACE_NAMES_EN;
    return m.divisions;
  });
  return loading;
}

/**
 * Province › city › county, chosen from the administrative divisions (loaded when first needed),
 * so that the travel-grant tier is decided by the dataset rather than by typed names.
 */
export function PlaceField({
  label,
  value,
  error,
  onChange,
}: {
  label: Bilingual;
  value: string;
  error?: Bilingual | undefined;
  onChange(value: string): void;
}) {
  const { pick, t, lang } = useI18n();
  const id = useId();
  const [divisions, setDivisions] = useState<readonly Division[] | null>(null);
  useEffect(() => {
    let live = true;
    loadDivisions().then((d) => {
      if (live) setDivisions(d);
    });
    return () => {
      live = false;
    };
  }, []);
  const place = parsePlace(value);
  const province = divisions?.find((d) => d.name === place.province);
  const city = province?.children?.find((d) => d.name === place.city);
  const set = (next: PlaceValue) => onChange(JSON.stringify(next));
  const select = (
    level: 'province' | 'city' | 'county',
    levelLabel: string,
    options: readonly Division[] | undefined,
    current: string | undefined,
    choose: (d: Division | undefined) => void,
  ) => (
    <div className="place-level">
      <label htmlFor={`${id}-${level}`}>{levelLabel}</label>
      <select
        id={`${id}-${level}`}
        // provinces and cities have English names; a county is named as the dataset has it
        {...(lang === 'en' && level === 'county' ? { lang: 'zh-CN', 'data-proper-name': '' } : {})}
        value={current ?? ''}
        disabled={!options || options.length === 0}
        aria-invalid={error ? true : undefined}
        onChange={(e) => choose(options?.find((d) => d.name === e.currentTarget.value))}
      >
        <option value="">{t('field.choose')}</option>
        {(options ?? []).map((d) => (
          <option key={d.code} value={d.name}>
            {lang === 'en' && level !== 'county' ? (namesEn[d.code] ?? d.name) : d.name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset className="field field-place" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{pick(label)}</legend>
      {divisions === null ? <p className="hint">{t('field.loadingPlaces')}</p> : null}
      <div className="place-levels">
        {select('province', t('field.province'), divisions ?? undefined, place.province, (d) =>
          set(d ? { province: d.name } : {}),
        )}
        {select('city', t('field.city'), province?.children, place.city, (d) =>
          set(d ? { province: place.province, city: d.name } : { province: place.province }),
        )}
        {select('county', t('field.county'), city?.children, place.county, (d) =>
          set(
            d
              ? { province: place.province, city: place.city, county: d.name, code: d.code }
              : { province: place.province, city: place.city },
          ),
        )}
      </div>
      {error ? (
        <p className="error" id={`${id}-error`}>
          {pick(error)}
        </p>
      ) : null}
    </fieldset>
  );
}
