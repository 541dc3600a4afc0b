// Start: create a workshop, or join one with a code.
import { useState, type FormEvent } from 'react';
import { TEMPLATES, TEMPLATE_IDS, type TemplateId } from '../../../../shared/steps';
import type { Language } from '../../../../shared/i18n/language';
import { LIMITS } from '../../../../shared/limits';
import { createWorkshop, normaliseCode } from '../../net/api';
import { saveSession } from '../../net/session';
import { useLang, useT } from '../../i18n';
import { PageHeader } from '../../components/PageHeader';
import { go } from '../../lib/nav';

export default function StartPage() {
  const t = useT();
  const { lang } = useLang();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<Language>(lang);
  const [horizonYear, setHorizonYear] = useState(new Date().getFullYear() + 5);
  const [template, setTemplate] = useState<TemplateId>('care');
  const [facilitatorName, setFacilitatorName] = useState('');
  const [place, setPlace] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [code, setCode] = useState('');

  async function create(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await createWorkshop({
        title: title.trim(),
        language,
        horizonYear,
        template,
        ...(place.trim() ? { place: place.trim() } : {}),
        ...(facilitatorName.trim() ? { facilitatorName: facilitatorName.trim() } : {}),
      });
      saveSession(res.id, { facilitatorToken: res.facilitatorToken, projectorToken: res.projectorToken, joinCode: res.joinCode });
      go(`/f/${encodeURIComponent(res.id)}#${res.facilitatorToken}`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  function joinWithCode(e: FormEvent) {
    e.preventDefault();
    const c = normaliseCode(code);
    if (c) go(`/j/${encodeURIComponent(c)}`);
  }

  return (
    <>
      <PageHeader />
      <main className="page page--start">
        <section className="intro">
          <h1>{t('startTitle')}</h1>
          <p className="lead">{t('startLead')}</p>
        </section>
        <div className="start-grid">
          <form className="card" onSubmit={create} aria-labelledby="create-h">
            <h2 id="create-h">{t('createWorkshop')}</h2>
            <div className="field">
              <label htmlFor="title">{t('workshopTitle')}</label>
              <input id="title" required maxLength={LIMITS.title} value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('titlePlaceholder')} />
            </div>
            <div className="field-row">
              <div className="field">
                <label htmlFor="language">{t('workshopLanguage')}</label>
                <select id="language" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
                  <option value="nl">Nederlands</option>
                  <option value="en">English</option>
                </select>
              </div>
              <div className="field">
                <label htmlFor="horizon">{t('horizonYear')}</label>
                <input id="horizon" type="number" min={2000} max={2100} required value={horizonYear} onChange={(e) => setHorizonYear(Number(e.target.value))} />
              </div>
            </div>
            <fieldset className="field">
              <legend>{t('template')}</legend>
              {TEMPLATE_IDS.map((id) => (
                <label key={id} className="choice">
                  <input type="radio" name="template" value={id} checked={template === id} onChange={() => setTemplate(id)} />
                  <span>{TEMPLATES[id].name[lang]}</span>
                </label>
              ))}
            </fieldset>
            <div className="field-row">
              <div className="field">
                <label htmlFor="fac">{t('facilitatorName')} <span className="optional">({t('optional')})</span></label>
                <input id="fac" maxLength={LIMITS.title} value={facilitatorName} onChange={(e) => setFacilitatorName(e.target.value)} autoComplete="name" />
              </div>
              <div className="field">
                <label htmlFor="place">{t('place')} <span className="optional">({t('optional')})</span></label>
                <input id="place" maxLength={LIMITS.title} value={place} onChange={(e) => setPlace(e.target.value)} />
              </div>
            </div>
            {error ? <p className="error" role="alert">{error}</p> : null}
            <button type="submit" className="btn btn--primary btn--large" disabled={busy || !title.trim()}>
              {busy ? t('creating') : t('createAndOpen')}
            </button>
          </form>
          <form className="card card--join" onSubmit={joinWithCode} aria-labelledby="join-h">
            <h2 id="join-h">{t('joinWithCode')}</h2>
            <div className="field">
              <label htmlFor="code">{t('joinCode')}</label>
              <input id="code" className="code-input" autoCapitalize="characters" autoComplete="off" spellCheck={false} maxLength={12} value={code} onChange={(e) => setCode(e.target.value)} />
            </div>
            <button type="submit" className="btn btn--large" disabled={!normaliseCode(code)}>
              {t('join')}
            </button>
          </form>
        </div>
      </main>
    </>
  );
}
