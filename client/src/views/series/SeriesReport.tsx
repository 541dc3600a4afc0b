// Downloading the series report (PDF or Markdown): it needs the series token as bearer,
// so the buttons fetch it and save the answer, as the meetings' report buttons do.
import { useState } from 'react';
import type { SeriesView } from '../../../../shared/series';
import { downloadWithToken, slug } from '../../net/api';
import { useT } from '../../i18n';

type Kind = 'pdf' | 'md';

export function SeriesReport({ series, token }: { series: SeriesView; token: string }) {
  const t = useT();
  const [busy, setBusy] = useState<Kind | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(kind: Kind) {
    setBusy(kind);
    setError(null);
    try {
      await downloadWithToken(`/api/series/${encodeURIComponent(series.id)}/report.${kind}`, token, `kruiwagen-reeks-${slug(series.name)}.${kind}`);
    } catch (err) {
      setError(`${t('exportFailed')}: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card" aria-labelledby="series-report-h" data-testid="series-report">
      <h2 id="series-report-h">{t('seriesReport')}</h2>
      <p className="hint">{t('seriesReportHelp')}</p>
      <p className="series__links">
        <button type="button" className="btn btn--primary" disabled={busy !== null || series.meetings.length === 0} onClick={() => void download('pdf')}>
          {busy === 'pdf' ? t('preparing') : t('seriesReportPdf')}
        </button>
        <button type="button" className="btn" aria-label={t('seriesReportMdLabel')} disabled={busy !== null || series.meetings.length === 0} onClick={() => void download('md')}>
          {busy === 'md' ? t('preparing') : t('seriesReportMd')}
        </button>
      </p>
      <p role="status" className="visually-hidden">
        {busy ? t('preparing') : ''}
      </p>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
