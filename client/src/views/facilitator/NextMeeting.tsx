// "Start the next meeting" from the console: a new workshop in this one's series (a
// series is made on the spot for a first meeting), with the steps the facilitator ticks.
import { useState, type FormEvent } from 'react';
import type { StepId } from '../../../../shared/steps';
import type { NextMeetingResponse } from '../../../../shared/series';
import { LIMITS } from '../../../../shared/limits';
import { startNextMeeting } from '../../net/series-api';
import { saveSession } from '../../net/session';
import { rememberFacilitated } from '../../net/facilitated';
import { StepChoice, FOLLOW_UP_STEPS } from '../../components/StepChoice';
import { useT } from '../../i18n';

export function NextMeeting({ workshopId, token }: { workshopId: string; token: string }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [steps, setSteps] = useState<StepId[]>(FOLLOW_UP_STEPS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [started, setStarted] = useState<NextMeetingResponse | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await startNextMeeting(workshopId, token, { steps, ...(title.trim() ? { title: title.trim() } : {}) });
      saveSession(res.id, { facilitatorToken: res.facilitatorToken, projectorToken: res.projectorToken, joinCode: res.joinCode });
      rememberFacilitated(res.id, title.trim() || t('nextMeeting'));
      setStarted(res);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel next-meeting" aria-labelledby="next-meeting-h" data-testid="next-meeting">
      <h2 id="next-meeting-h">{t('nextMeeting')}</h2>
      <div>
        <p className="hint">{t('nextMeetingHelp')}</p>
        {started ? (
          <div role="status">
            <p>{t('nextMeetingStarted')}</p>
            <p>
              <a className="btn btn--primary" href={started.facilitatorUrl} data-testid="open-next-meeting">
                {t('openNewMeeting')}
              </a>
            </p>
            {started.seriesUrl ? (
              <>
                <p className="notice">{t('seriesLinkOnce')}</p>
                <p>
                  <a href={started.seriesUrl} data-testid="series-link" className="break">
                    {started.seriesUrl}
                  </a>
                </p>
              </>
            ) : null}
          </div>
        ) : (
          <form onSubmit={submit}>
            <div className="field">
              <label htmlFor="next-title">{t('meetingTitle')}</label>
              <input id="next-title" value={title} maxLength={LIMITS.title} onChange={(e) => setTitle(e.target.value)} />
            </div>
            <StepChoice id="next-steps" chosen={steps} onChange={setSteps} />
            {error ? (
              <p className="error" role="alert">
                {error}
              </p>
            ) : null}
            <button type="submit" className="btn btn--primary btn--block" disabled={busy || steps.length === 0}>
              {t('startNextMeeting')}
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
