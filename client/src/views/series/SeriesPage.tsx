// The series page, behind the series link (/s/<id>#<seriesToken>): the meetings with who
// was at the table and links to each console and report, the series' own fields, starting
// the next meeting, adding an exported meeting, and deleting the series.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SeriesView } from '../../../../shared/series';
import { getSeries } from '../../net/series-api';
import { ApiError } from '../../net/api';
import { tokenFromHash } from '../../net/session';
import { useDefaultLanguage, useT } from '../../i18n';
import { PageHeader } from '../../components/PageHeader';
import { SeriesMeetings } from './SeriesMeetings';
import { SeriesFields } from './SeriesFields';
import { SeriesNextMeeting } from './SeriesNextMeeting';
import { SeriesImport } from './SeriesImport';
import { DeleteSeries } from './DeleteSeries';
import { SeriesReport } from './SeriesReport';
import '../../styles/series.css';

const storageKey = (id: string) => `kw-series-${id}`;

/** The series token: from the fragment (then kept on this device), or kept from before. */
function resolveSeriesToken(seriesId: string): string | null {
  const fromHash = tokenFromHash();
  try {
    if (fromHash) localStorage.setItem(storageKey(seriesId), fromHash);
    return fromHash ?? localStorage.getItem(storageKey(seriesId));
  } catch {
    return fromHash;
  }
}

export default function SeriesPage({ seriesId }: { seriesId: string }) {
  const t = useT();
  const token = useMemo(() => resolveSeriesToken(seriesId), [seriesId]);
  const [series, setSeries] = useState<SeriesView | null>(null);
  const [failed, setFailed] = useState<'access' | 'network' | null>(null);
  const [deleted, setDeleted] = useState(false);
  useDefaultLanguage(series?.language);

  const load = useCallback(async () => {
    if (!token) return setFailed('access');
    try {
      setSeries(await getSeries(seriesId, token));
      setFailed(null);
    } catch (err) {
      setFailed(err instanceof ApiError && err.status > 0 ? 'access' : 'network');
    }
  }, [seriesId, token]);
  useEffect(() => {
    void load();
  }, [load]);

  if (deleted) {
    try {
      localStorage.removeItem(storageKey(seriesId));
    } catch {
      /* ignore */
    }
    return (
      <>
        <PageHeader />
        <main className="page page--narrow">
          <p role="status">{t('seriesDeleted')}</p>
          <p>
            <a href="/">{t('toStart')}</a>
          </p>
        </main>
      </>
    );
  }
  if (!token || failed === 'access') {
    return (
      <>
        <PageHeader />
        <main className="page page--narrow">
          <h1>{t('seriesNoAccess')}</h1>
          <p>{t('seriesNoAccessBody')}</p>
          <p>
            <a href="/">{t('toStart')}</a>
          </p>
        </main>
      </>
    );
  }
  if (!series) {
    return (
      <>
        <PageHeader />
        <main className="page">
          <p role={failed ? 'alert' : 'status'}>{failed ? t('networkError') : t('connecting')}</p>
        </main>
      </>
    );
  }

  return (
    <>
      <PageHeader title={series.name} />
      <main className="page page--wide series" id="main">
        <p className="eyebrow">{t('seriesPage')}</p>
        <h1>{series.name}</h1>
        {series.ambition ? (
          <p className="series__ambition" data-testid="series-ambition">
            <span className="tag">{t('sharedAmbitionFor', { year: series.horizonYear })}</span> {series.ambition}
          </p>
        ) : null}
        <SeriesMeetings series={series} token={token} />
        <SeriesReport series={series} token={token} />
        <div className="series__grid">
          <SeriesNextMeeting series={series} token={token} onStarted={load} />
          <SeriesFields series={series} token={token} onSaved={setSeries} />
          <div>
            <SeriesImport series={series} token={token} onImported={load} />
            <DeleteSeries series={series} token={token} onDeleted={() => setDeleted(true)} />
          </div>
        </div>
      </main>
    </>
  );
}
