// The ending: on the last step the facilitator finishes the workshop (the projector shows
// the closing screen) and is offered the report to send round.
import { useState } from 'react';
import type { RoomState } from '../../../../shared/room';
import type { Room } from '../../net/useRoom';
import { downloadExport } from '../../net/api';
import { useT } from '../../i18n';

export function FinishWorkshop({ state, send, workshopId, token }: { state: RoomState; send: Room['send']; workshopId: string; token: string }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const last = state.enabledSteps[state.enabledSteps.length - 1];
  if (!state.finished && state.step !== last) return null;

  async function report() {
    setBusy(true);
    setError(null);
    try {
      await downloadExport(workshopId, token, 'pdf', state.title);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel finish" aria-labelledby="finish-h" data-testid="finish-workshop">
      <h2 id="finish-h">{state.finished ? t('workshopFinished') : t('finishWorkshop')}</h2>
      <div role="status">{state.finished ? <p className="hint">{t('workshopFinishedHelp')}</p> : null}</div>
      {state.finished ? (
        <div className="btn-row">
          <button type="button" className="btn btn--primary" onClick={() => void report()} disabled={busy}>
            {busy ? t('preparing') : t('downloadPdf')}
          </button>
          <button type="button" className="btn" onClick={() => void send('workshop:finish', { finished: false })}>
            {t('backToWorkshop')}
          </button>
        </div>
      ) : (
        <>
          <p className="hint">{t('finishWorkshopHelp')}</p>
          <button type="button" className="btn btn--primary btn--block" onClick={() => void send('workshop:finish', { finished: true })}>
            {t('finishWorkshop')}
          </button>
        </>
      )}
      {error ? (
        <p className="error" role="alert">
          {t('exportFailed')}: {error}
        </p>
      ) : null}
    </section>
  );
}
