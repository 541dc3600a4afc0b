// Deleting a series deletes its meetings: the confirmation lists them by name and date.
import { useState } from 'react';
import type { SeriesView } from '../../../../shared/series';
import { deleteSeries } from '../../net/series-api';
import { forgetWorkshop } from '../../net/session';
import { useLang, useT } from '../../i18n';

export function DeleteSeries({ series, token, onDeleted }: { series: SeriesView; token: string; onDeleted: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const date = (ms: number) => new Date(ms).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

  async function confirm() {
    setError(null);
    try {
      const { deleted } = await deleteSeries(series.id, token);
      deleted.forEach(forgetWorkshop);
      onDeleted();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <section className="card series__delete" aria-labelledby="series-delete-h" data-testid="delete-series">
      <h2 id="series-delete-h">{t('deleteSeries')}</h2>
      <p className="hint">{t('seriesKeptUntil', { date: date(series.expiresAt) })}</p>
      {asking ? (
        <div role="alertdialog" aria-labelledby="series-delete-q" className="series__confirm">
          <p id="series-delete-q">
            <strong>{series.meetings.length ? t('deleteSeriesConfirm') : t('deleteSeriesNoMeetings')}</strong>
          </p>
          {series.meetings.length ? (
            <ul data-testid="delete-series-list">
              {series.meetings.map((m) => (
                <li key={m.id}>
                  {m.title} ({date(m.date)})
                </li>
              ))}
            </ul>
          ) : null}
          <div className="btn-row">
            <button type="button" className="btn btn--danger" onClick={() => void confirm()}>
              {t('yesDelete')}
            </button>
            <button type="button" className="btn" onClick={() => setAsking(false)} autoFocus>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn btn--danger" onClick={() => setAsking(true)}>
          {t('deleteSeries')}
        </button>
      )}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
