// Start from a JSON export: the file is read in the browser and posted to
// POST /api/workshops/import, which answers like creating a workshop.
import { useState, type FormEvent } from 'react';
import { importWorkshop } from '../../net/api';
import { saveSession } from '../../net/session';
import { markJustCreated, rememberFacilitated } from '../../net/facilitated';
import { useT } from '../../i18n';
import { go } from '../../lib/nav';

export function ImportWorkshop() {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    let snapshot: unknown;
    try {
      snapshot = JSON.parse(await file.text());
    } catch {
      setError(t('importNotJson'));
      setBusy(false);
      return;
    }
    try {
      const res = await importWorkshop(snapshot);
      const title = (snapshot as { room?: { title?: unknown } }).room?.title;
      saveSession(res.id, { facilitatorToken: res.facilitatorToken, projectorToken: res.projectorToken, joinCode: res.joinCode });
      rememberFacilitated(res.id, typeof title === 'string' ? title : file.name);
      markJustCreated(res.id);
      go(`/f/${encodeURIComponent(res.id)}#${res.facilitatorToken}`);
    } catch (err) {
      setError(t('importFailed', { error: err instanceof Error ? err.message : String(err) }));
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="import-h" data-testid="import-form">
      <h2 id="import-h">{t('importTitle')}</h2>
      <p className="hint" id="import-help">
        {t('importHelp')}
      </p>
      <div className="field">
        <label htmlFor="import-file">{t('importFile')}</label>
        <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-help" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="btn" disabled={!file || busy}>
        {busy ? t('importing') : t('importButton')}
      </button>
    </form>
  );
}
