import { useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { packLabel, usePacks } from './packs.tsx';

/**
 * The pack picker of the header: the built-in packs and the files opened on this device, by
 * county and year (西乡县 2023, 西吉县 2025…), and "打开政策包文件": a JSON file read here, checked
 * and kept in this browser — nothing is uploaded.
 */
export function PackPicker() {
  const { t, lang } = useI18n();
  const { entries, current, choose, open, remove } = usePacks();
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const builtIn = entries.filter((e) => e.source === 'built-in');
  const files = entries.filter((e) => e.source === 'file');
  const option = (e: (typeof entries)[number]) => (
    <option key={e.pack.id} value={e.pack.id}>
      {packLabel(e.pack, lang)}
      {e.source === 'file' ? ` · ${e.fileName ?? e.pack.id}` : ''}
    </option>
  );
  return (
    <div className="pack-picker">
      <label htmlFor={id}>{t('pack.label')}</label>
      <select id={id} value={current.pack.id} onChange={(e) => choose(e.currentTarget.value)}>
        {files.length > 0 ? (
          <>
            <optgroup label={t('pack.builtIn')}>{builtIn.map(option)}</optgroup>
            <optgroup label={t('pack.files')}>{files.map(option)}</optgroup>
          </>
        ) : (
          builtIn.map(option)
        )}
      </select>
      <button type="button" className="button small secondary" onClick={() => file.current?.click()}>
        {t('pack.open')}
      </button>
      <input
        ref={file}
        type="file"
        accept=".json,application/json"
        aria-label={t('pack.open')}
        hidden
        onChange={async (e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) await open(f);
        }}
      />
      {current.source === 'file' ? (
        <button type="button" className="link-button" onClick={() => remove(current.pack.id)}>
          {t('pack.remove')}
        </button>
      ) : null}
    </div>
  );
}

/** The problems of a pack file that could not be opened, each with its path, in both languages. */
export function PackErrors() {
  const { t, pick } = useI18n();
  const { fileErrors, fileName, dismissErrors, notice, opened } = usePacks();
  return (
    <>
      {opened ? (
        <p className="callout pack-opened no-print" role="status">
          {t('pack.opened', { name: pick(opened.name) })}
        </p>
      ) : null}
      {notice ? <p className="callout pack-notice no-print">{pick(notice)}</p> : null}
      {fileErrors ? (
        <div className="callout callout-error pack-errors no-print" role="alert">
          <p>{t('pack.invalid', { file: fileName ?? '', n: fileErrors.length })}</p>
          <ul>
            {fileErrors.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two problems may share a path
              <li key={`${e.path}-${i}`}>
                <code>{e.path}</code> {e.message.zh} / <span lang="en">{e.message.en}</span>
              </li>
            ))}
          </ul>
          <button type="button" className="button small secondary" onClick={dismissErrors}>
            {t('pack.close')}
          </button>
        </div>
      ) : null}
    </>
  );
}
