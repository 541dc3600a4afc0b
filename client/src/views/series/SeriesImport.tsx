// Adding an exported meeting (a JSON export) to the series as its latest meeting.
import { useState, type FormEvent } from 'react';
import type { SeriesView } from '../../../../shared/series';
import { importIntoSeries } from '../../net/series-api';
import { useT } from '../../i18n';

export function SeriesImport({ series, token, onImported }: { series: SeriesView; token: string; onImported: () => void }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const snapshot: unknown = JSON.parse(await file.text());
      await importIntoSeries(series.id, token, snapshot);
      const title = (snapshot as { room?: { title?: unknown } }).room?.title;
      setMessage(t('importedMeeting', { title: typeof title === 'string' ? title : file.name }));
      onImported();
    } catch (err) {
      setError(err instanceof SyntaxError ? t('importNotJson') : t('importFailed', { error: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="series-import-h" data-testid="series-import">
      <h2 id="series-import-h">{t('importIntoSeries')}</h2>
      <div className="field">
        <label htmlFor="series-import-file">{t('importFile')}</label>
        <input id="series-import-file" type="file" accept=".json,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <button type="submit" className="btn" disabled={!file || busy}>
        {busy ? t('importing') : t('importIntoSeriesButton')}
      </button>
      <p role="status" className="hint">
        {message}
      </p>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
