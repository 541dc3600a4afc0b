// The series' own fields: name, organiser, stakeholder groups expected, horizon year,
// the shared ambition as it stands, language.
import { useState, type FormEvent } from 'react';
import { GROUP_IDS, type GroupId } from '../../../../shared/groups';
import type { Language } from '../../../../shared/i18n/language';
import type { SeriesView } from '../../../../shared/series';
import { LIMITS } from '../../../../shared/limits';
import { updateSeries } from '../../net/series-api';
import { GROUP_NAMES_PLURAL, useLang, useT } from '../../i18n';

export function SeriesFields({ series, token, onSaved }: { series: SeriesView; token: string; onSaved: (s: SeriesView) => void }) {
  const t = useT();
  const { lang } = useLang();
  const [name, setName] = useState(series.name);
  const [organiser, setOrganiser] = useState(series.organiser);
  const [horizonYear, setHorizonYear] = useState(series.horizonYear);
  const [ambition, setAmbition] = useState(series.ambition);
  const [language, setLanguage] = useState<Language>(series.language);
  const [expected, setExpected] = useState<GroupId[]>(series.expectedGroups);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setStatus(null);
    setError(null);
    try {
      onSaved(await updateSeries(series.id, token, { name, organiser, horizonYear, ambition, language, expectedGroups: GROUP_IDS.filter((g) => expected.includes(g)) }));
      setStatus(t('saved'));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }
  const toggle = (g: GroupId) => setExpected((x) => (x.includes(g) ? x.filter((y) => y !== g) : [...x, g]));

  return (
    <form className="card" onSubmit={submit} aria-labelledby="series-fields-h" data-testid="series-fields">
      <h2 id="series-fields-h">{t('seriesSettings')}</h2>
      <div className="field">
        <label htmlFor="sr-name">{t('seriesName')}</label>
        <input id="sr-name" required maxLength={LIMITS.title} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="sr-org">{t('organiser')}</label>
        <input id="sr-org" maxLength={LIMITS.title} value={organiser} onChange={(e) => setOrganiser(e.target.value)} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="sr-year">{t('horizonYear')}</label>
          <input id="sr-year" type="number" min={2000} max={2100} value={horizonYear} onChange={(e) => setHorizonYear(Number(e.target.value))} />
        </div>
        <div className="field">
          <label htmlFor="sr-lang">{t('language')}</label>
          <select id="sr-lang" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="sr-amb">{t('ambitionAsItStands')}</label>
        <textarea id="sr-amb" rows={3} maxLength={LIMITS.noteText} value={ambition} onChange={(e) => setAmbition(e.target.value)} />
      </div>
      <fieldset className="checks">
        <legend>{t('expectedGroups')}</legend>
        {GROUP_IDS.map((g) => (
          <label key={g} className="choice">
            <input type="checkbox" checked={expected.includes(g)} onChange={() => toggle(g)} />
            <span>{GROUP_NAMES_PLURAL[g][lang]}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="btn btn--primary">
        {t('save')}
      </button>
      <span role="status" className="hint series__saved">
        {status}
      </span>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
