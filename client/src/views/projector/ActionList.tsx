import type { Action } from '../../../../shared/schema';
import { ASPECT_NAMES, LEVEL_NAMES } from '../../../../shared/i18n/names';
import { useLang, useT } from '../../i18n';

export function ActionList({ actions }: { actions: Action[] }) {
  const t = useT();
  const { lang } = useLang();
  const fmt = (d: string) => (d ? new Date(`${d}T12:00:00`).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) : '—');
  return (
    <table className="projector__actions" data-testid="action-table">
      <caption>{t('actionList')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('what')}</th>
          <th scope="col">{t('owner')}</th>
          <th scope="col">{t('due')}</th>
          <th scope="col">{t('levelAspect')}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={a.id}>
            <td>{a.what}</td>
            <td>{a.owner || '—'}</td>
            <td>{fmt(a.due)}</td>
            <td>{[a.level && LEVEL_NAMES[a.level][lang], a.aspect && ASPECT_NAMES[a.aspect][lang]].filter(Boolean).join(' · ') || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
