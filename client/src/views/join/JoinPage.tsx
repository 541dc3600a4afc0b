// Join (phone first): look the code up, pick a stakeholder group, optional name.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { GROUP_IDS, type GroupId } from '../../../../shared/groups';
import type { WorkshopLookup } from '../../../../shared/api';
import { LIMITS } from '../../../../shared/limits';
import { GROUP_NAMES } from '../../../../shared/i18n/names';
import { ApiError, joinWorkshop, lookupJoinCode, normaliseCode } from '../../net/api';
import { getSession, saveSession } from '../../net/session';
import { useDefaultLanguage, useLang, useT } from '../../i18n';
import { PageHeader } from '../../components/PageHeader';
import { go } from '../../lib/nav';

type Lookup = { kind: 'idle' } | { kind: 'loading' } | { kind: 'found'; info: WorkshopLookup } | { kind: 'unknown' } | { kind: 'error'; message: string };

export default function JoinPage({ code }: { code: string }) {
  const t = useT();
  const [lookup, setLookup] = useState<Lookup>(code ? { kind: 'loading' } : { kind: 'idle' });
  useDefaultLanguage(lookup.kind === 'found' ? lookup.info.language : undefined);

  useEffect(() => {
    if (!code) return;
    let live = true;
    lookupJoinCode(code).then(
      (info) => {
        if (!live) return;
        // already joined from this device: straight back in
        if (getSession(info.workshopId).participantToken) go(`/w/${encodeURIComponent(info.workshopId)}`);
        else setLookup({ kind: 'found', info });
      },
      (err: unknown) => {
        if (!live) return;
        if (err instanceof ApiError && (err.status === 404 || err.status === 400)) setLookup({ kind: 'unknown' });
        else setLookup({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => {
      live = false;
    };
  }, [code]);

  return (
    <>
      <PageHeader />
      <main className="page page--narrow page--phone">
        {lookup.kind === 'found' ? (
          <JoinForm code={code} info={lookup.info} />
        ) : (
          <CodeForm initial={code} state={lookup} />
        )}
      </main>
    </>
  );
}

function CodeForm({ initial, state }: { initial: string; state: Lookup }) {
  const t = useT();
  const [code, setCode] = useState(initial);
  function submit(e: FormEvent) {
    e.preventDefault();
    const c = normaliseCode(code);
    if (c) go(`/j/${encodeURIComponent(c)}`);
  }
  return (
    <form className="card" onSubmit={submit}>
      <h1>{t('joinTitle')}</h1>
      {state.kind === 'loading' ? <p role="status">{t('lookingUp')}</p> : null}
      {state.kind === 'unknown' ? (
        <p className="error" role="alert" data-testid="unknown-code">
          {t('unknownCode', { code: normaliseCode(initial) })}
        </p>
      ) : null}
      {state.kind === 'error' ? (
        <p className="error" role="alert">
          {state.message === 'network' ? t('networkError') : state.message}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="code">{t('joinCodeHint')}</label>
        <input id="code" className="code-input" autoCapitalize="characters" autoComplete="off" spellCheck={false} maxLength={12} value={code} onChange={(e) => setCode(e.target.value)} />
      </div>
      <button type="submit" className="btn btn--primary btn--large btn--block" disabled={!normaliseCode(code)}>
        {t('next')}
      </button>
    </form>
  );
}

function JoinForm({ code, info }: { code: string; info: WorkshopLookup }) {
  const t = useT();
  const { lang } = useLang();
  const [name, setName] = useState('');
  const [group, setGroup] = useState<GroupId | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The missing group is our own message (the browser's bubble is English and vanishes):
  // the form has noValidate, and the first option takes focus so the message is read with it.
  const [groupMissing, setGroupMissing] = useState(false);
  const firstOption = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!group) {
      setGroupMissing(true);
      firstOption.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await joinWorkshop({ code: normaliseCode(code), group, ...(name.trim() ? { name: name.trim() } : {}) });
      saveSession(res.workshopId, { participantToken: res.participantToken, participantId: res.participantId, group, joinCode: normaliseCode(code), name: name.trim() });
      go(`/w/${encodeURIComponent(res.workshopId)}`);
    } catch (err) {
      const status = err instanceof ApiError ? err.status : 0;
      setError(status === 403 ? t('joinLocked') : status === 429 ? t('tooManyTries') : status === 0 ? t('networkError') : err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <form className="card join-form" onSubmit={submit} noValidate>
      <p className="eyebrow">{t('youAreJoining')}</p>
      <h1 data-testid="workshop-title">{info.title}</h1>
      {info.locked ? (
        <p className="error" role="alert">
          {t('joinLocked')}
        </p>
      ) : null}
      <fieldset className="group-choice" aria-describedby={groupMissing ? 'group-error' : undefined}>
        <legend>{t('whichGroup')}</legend>
        <p className="hint">{t('whichGroupHint')}</p>
        {groupMissing ? (
          <p className="error" id="group-error" role="alert" data-testid="group-error">
            {t('chooseGroupError')}
          </p>
        ) : null}
        {GROUP_IDS.map((g, i) => (
          <label key={g} className={`group-option group-${g}`}>
            <input
              ref={i === 0 ? firstOption : undefined}
              type="radio"
              name="group"
              value={g}
              checked={group === g}
              onChange={() => {
                setGroup(g);
                setGroupMissing(false);
              }}
              aria-invalid={groupMissing || undefined}
            />
            <span>{GROUP_NAMES[g][lang]}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="name">
          {t('yourName')} <span className="optional">({t('optional')})</span>
        </label>
        <input id="name" maxLength={LIMITS.name} value={name} onChange={(e) => setName(e.target.value)} autoComplete="given-name" aria-describedby="name-who" />
      </div>
      <div className={`name-notice${info.anonymous ? ' name-notice--anonymous' : ''}`} id="name-who" data-testid="name-notice" data-anonymous={info.anonymous}>
        <p className="name-notice__title">{t('whoSeesYourName')}</p>
        <p>{info.anonymous ? t('nameAnonymous') : t('nameOpen')}</p>
        <p>{t('nameNoneNeeded')}</p>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="btn btn--primary btn--large btn--block" disabled={busy}>
        {busy ? t('joining') : t('join')}
      </button>
    </form>
  );
}
