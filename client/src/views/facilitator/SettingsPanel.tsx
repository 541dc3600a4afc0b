// Workshop settings: title, horizon, language, steps used, each step's texts (nl + en),
// and the groups expected in the room.
import { useState, type FormEvent } from 'react';
import { STEP_IDS, type StepContents, type StepId } from '../../../../shared/steps';
import { GROUP_IDS, type GroupId } from '../../../../shared/groups';
import type { RoomState } from '../../../../shared/room';
import type { Language } from '../../../../shared/i18n/language';
import { LIMITS } from '../../../../shared/limits';
import { GROUP_NAMES_PLURAL, STEP_NAMES } from '../../../../shared/i18n/names';
import type { Room } from '../../net/useRoom';
import { useLang, useT } from '../../i18n';

export function SettingsPanel({ state, send, onClose }: { state: RoomState; send: Room['send']; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [title, setTitle] = useState(state.title);
  const [horizonYear, setHorizonYear] = useState(state.horizonYear);
  const [language, setLanguage] = useState<Language>(state.language);
  const [place, setPlace] = useState(state.place);
  const [facilitatorName, setFacilitatorName] = useState(state.facilitatorName);
  const [enabled, setEnabled] = useState<StepId[]>(state.enabledSteps);
  const [content, setContent] = useState<StepContents>(state.stepContent);
  const [expected, setExpected] = useState<GroupId[]>(state.expectedGroups);
  const [saved, setSaved] = useState<string | null>(null);

  const toggle = <T,>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const setText = (step: StepId, field: 'question' | 'instruction', l: Language, value: string) =>
    setContent((c) => ({ ...c, [step]: { ...c[step], [field]: { ...c[step][field], [l]: value } } }));

  async function save(e: FormEvent) {
    e.preventDefault();
    const ack = await send('workshop:update', {
      title: title.trim(),
      horizonYear,
      language,
      place: place.trim(),
      facilitatorName: facilitatorName.trim(),
      enabledSteps: STEP_IDS.filter((s) => enabled.includes(s)),
      stepContent: content,
      expectedGroups: expected,
    });
    setSaved(ack.ok ? t('saved') : ack.error);
  }

  return (
    <section id="settings" className="settings panel" aria-labelledby="settings-h">
      <form onSubmit={save}>
        <div className="settings__head">
          <h2 id="settings-h">{t('settings')}</h2>
          <div className="btn-row">
            <button type="submit" className="btn btn--primary" disabled={!title.trim() || enabled.length === 0}>
              {t('saveSettings')}
            </button>
            <button type="button" className="btn" onClick={onClose}>
              {t('close')}
            </button>
          </div>
        </div>
        {saved ? <p role="status" className="status-line">{saved}</p> : null}
        <div className="settings__grid">
          <div className="field">
            <label htmlFor="s-title">{t('workshopTitle')}</label>
            <input id="s-title" required maxLength={LIMITS.title} value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="s-year">{t('horizonYear')}</label>
            <input id="s-year" type="number" min={2000} max={2100} value={horizonYear} onChange={(e) => setHorizonYear(Number(e.target.value))} />
          </div>
          <div className="field">
            <label htmlFor="s-lang">{t('workshopLanguage')}</label>
            <select id="s-lang" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="s-place">{t('place')}</label>
            <input id="s-place" maxLength={LIMITS.title} value={place} onChange={(e) => setPlace(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="s-fac">{t('facilitatorName')}</label>
            <input id="s-fac" maxLength={LIMITS.title} value={facilitatorName} onChange={(e) => setFacilitatorName(e.target.value)} />
          </div>
        </div>
        <fieldset className="checks">
          <legend>{t('expectedGroups')}</legend>
          {GROUP_IDS.map((g) => (
            <label key={g} className="choice">
              <input type="checkbox" checked={expected.includes(g)} onChange={() => setExpected((x) => toggle(x, g))} />
              <span>{GROUP_NAMES_PLURAL[g][lang]}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="steps-edit">
          <legend>{t('stepsUsed')}</legend>
          {STEP_IDS.map((s) => (
            <div key={s} className="step-edit">
              <label className="choice">
                <input type="checkbox" checked={enabled.includes(s)} onChange={() => setEnabled((x) => toggle(x, s))} disabled={s === state.step && enabled.includes(s)} />
                <strong>{STEP_NAMES[s][lang]}</strong>
              </label>
              {(['question', 'instruction'] as const).map((field) =>
                (['nl', 'en'] as const).map((l) => (
                  <div className="field" key={`${field}-${l}`}>
                    <label htmlFor={`s-${s}-${field}-${l}`}>
                      {t(field === 'question' ? 'question' : 'instruction')} ({l.toUpperCase()})
                    </label>
                    <textarea id={`s-${s}-${field}-${l}`} lang={l} rows={2} maxLength={LIMITS.stepText} value={content[s][field][l]} onChange={(e) => setText(s, field, l, e.target.value)} />
                  </div>
                )),
              )}
            </div>
          ))}
          <p className="hint">{t('yearPlaceholderHint')}</p>
        </fieldset>
      </form>
    </section>
  );
}
