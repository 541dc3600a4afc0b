// Downloads need the bearer token, so they go through fetch + blob rather than links.
import { useState } from 'react';
import { downloadExport, type ExportKind } from '../../net/api';
import { useT } from '../../i18n';
import type { UiKey } from '../../../../shared/i18n/ui';

const OTHERS: [ExportKind, UiKey][] = [
  ['md', 'exportMd'],
  ['notesCsv', 'exportNotesCsv'],
  ['actionsCsv', 'exportActionsCsv'],
  ['json', 'exportJson'],
];

export function ExportMenu({ workshopId, token, title }: { workshopId: string; token: string; title: string }) {
  const t = useT();
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function run(kind: ExportKind) {
    setBusy(kind);
    setError(null);
    try {
      await downloadExport(workshopId, token, kind, title);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  }
  return (
    <div className="export">
      <button type="button" className="btn btn--primary" onClick={() => void run('pdf')} disabled={busy !== null}>
        {busy === 'pdf' ? t('preparing') : t('downloadPdf')}
      </button>
      <details className="menu">
        <summary className="btn">{t('otherExports')}</summary>
        <ul className="menu__list">
          {OTHERS.map(([kind, label]) => (
            <li key={kind}>
              <button type="button" className="btn btn--block btn--quiet" onClick={() => void run(kind)} disabled={busy !== null}>
                {busy === kind ? t('preparing') : t(label)}
              </button>
            </li>
          ))}
        </ul>
      </details>
      {error ? (
        <p className="error" role="alert">
          {t('exportFailed')}: {error}
        </p>
      ) : null}
    </div>
  );
}
