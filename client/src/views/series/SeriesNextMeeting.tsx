// "Start the next meeting" from the series page: carried over from its latest meeting.
import { useState, type FormEvent } from 'react';
import type { StepId } from '../../../../shared/steps';
import type { NextMeetingResponse, SeriesView } from '../../../../shared/series';
import { LIMITS } from '../../../../shared/limits';
import { startMeetingInSeries } from '../../net/series-api';
import { saveSession } from '../../net/session';
import { StepChoice, FOLLOW_UP_STEPS } from '../../components/StepChoice';
import { useT } from '../../i18n';

export function SeriesNextMeeting({ series, token, onStarted }: { series: SeriesView; token: string; onStarted: () => void }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [place, setPlace] = useState('');
  const [steps, setSteps] = useState<StepId[]>(FOLLOW_UP_STEPS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [started, setStarted] = useState<NextMeetingResponse | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await startMeetingInSeries(series.id, token, { steps, ...(title.trim() ? { title: title.trim() } : {}), ...(place.trim() ? { place: place.trim() } : {}) });
      saveSession(res.id, { facilitatorToken: res.facilitatorToken, projectorToken: res.projectorToken, joinCode: res.joinCode });
      setStarted(res);
      setTitle('');
      setPlace('');
      onStarted();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="series-next-h" data-testid="series-next-meeting">
      <h2 id="series-next-h">{t('nextMeeting')}</h2>
      <p className="hint">{t('nextMeetingHelp')}</p>
      <div className="field-row">
        <div className="field">
          <label htmlFor="sn-title">{t('meetingTitle')}</label>
          <input id="sn-title" maxLength={LIMITS.title} value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="sn-place">{t('place')}</label>
          <input id="sn-place" maxLength={LIMITS.title} value={place} onChange={(e) => setPlace(e.target.value)} />
        </div>
      </div>
      {series.meetings.length ? <StepChoice id="sn-steps" chosen={steps} onChange={setSteps} /> : null}
      <button type="submit" className="btn btn--primary" disabled={busy || steps.length === 0}>
        {t('startNextMeeting')}
      </button>
      <div role="status">
        {started ? (
          <p>
            {t('nextMeetingStarted')}{' '}
            <a href={started.facilitatorUrl} data-testid="open-next-meeting">
              {t('openNewMeeting')}
            </a>
          </p>
        ) : null}
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
