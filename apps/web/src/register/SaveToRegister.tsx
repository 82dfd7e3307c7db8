/**
 * 保存到台账: the screen on the results step saved as a case of the register, with the applicant's
 * 身份证号 and 一卡通 account (the calculator does not ask for them). Saving again updates the same
 * case: the one of the same 身份证号, or the one this draft was saved as.
 */
import type { PolicyPack, ScreenResult, Subject } from '@huinong/benefits';
import { useEffect, useId, useState } from 'react';
import type { Draft } from '../wizard/draft.ts';
import { saveScreen, targetOf } from './cases.ts';
import { useRegisterMessages } from './messages.ts';
import { caseHref } from './RegisterView.tsx';
import { linkCase, linkedCase, listCases, loadSettings, putCase, saveSettings } from './store.ts';

export function SaveToRegister({
  pack,
  draft,
  subject,
  result,
}: {
  pack: PolicyPack;
  draft: Draft;
  subject: Subject | null;
  result: ScreenResult | null;
}) {
  const { t: s, pick } = useRegisterMessages();
  const id = useId();
  const [name, setName] = useState(draft.name);
  const [idNumber, setIdNumber] = useState('');
  const [account, setAccount] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string; caseId?: string } | null>(null);

  useEffect(() => {
    let live = true;
    const link = linkedCase(pack.id);
    if (link === null) return;
    listCases().then((cases) => {
      const c = cases.find((x) => x.id === link);
      if (!live || !c || c.case.applicant.name !== draft.name.trim()) return;
      setIdNumber(c.case.applicant.idNumber ?? '');
      setAccount(c.case.account ?? '');
    });
    return () => {
      live = false;
    };
  }, [pack.id, draft.name]);

  const onSave = async () => {
    if (!subject || !result) return setMessage({ ok: false, text: s('save.noResult') });
    if (name.trim() === '') return setMessage({ ok: false, text: s('save.noName') });
    const [cases, settings] = await Promise.all([listCases(), loadSettings()]);
    const input = {
      pack: { id: pack.id, version: pack.version },
      subject,
      result,
      draft: { ...draft, name: name.trim() },
      name,
      idNumber,
      account,
      at: new Date().toISOString(),
    };
    const target = targetOf(cases, input, linkedCase(pack.id));
    const r = saveScreen(input, target, settings.nextSerial);
    if (!r.ok) return setMessage({ ok: false, text: pick(r.reason) });
    await putCase(r.stored);
    if (r.created) await saveSettings({ ...settings, nextSerial: settings.nextSerial + 1 });
    linkCase(pack.id, r.stored.id);
    setMessage({
      ok: true,
      text: s(r.created ? 'save.created' : 'save.updated', { serial: r.stored.serial }),
      caseId: r.stored.id,
    });
  };

  return (
    <section className="save-register no-print" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{s('save.title')}</h3>
      <p className="muted">{s('save.hint')}</p>
      <div className="case-step-fields">
        <label>
          {s('save.name')}
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {s('save.idNumber')}
          <input
            type="text"
            value={idNumber}
            autoComplete="off"
            onChange={(e) => setIdNumber(e.target.value)}
          />
        </label>
        <label>
          {s('save.account')}
          <input
            type="text"
            inputMode="numeric"
            value={account}
            autoComplete="off"
            onChange={(e) => setAccount(e.target.value)}
          />
        </label>
      </div>
      <button type="button" className="button primary" onClick={() => void onSave()}>
        {s('save.button')}
      </button>
      {message ? (
        <p
          className={`callout ${message.ok ? 'callout-ok' : 'callout-error'}`}
          role={message.ok ? 'status' : 'alert'}
        >
          {message.text} {message.caseId ? <a href={caseHref(message.caseId)}>{s('save.open')}</a> : null}
        </p>
      ) : null}
    </section>
  );
}
