// The Deliver action list on the projector: every action's what and owner, whole. Rows
// that do not fit the screen at a readable size are paged through (usePages), so the
// table keeps fixed column widths: a row is as tall on every page.
import { useRef } from 'react';
import type { Action } from '../../../../shared/schema';
import { ASPECT_NAMES, LEVEL_NAMES } from '../../../../shared/i18n/names';
import { useLang, useT } from '../../i18n';
import { usePages } from './usePages';
import { PageCount } from './PageCount';

export function ActionList({ actions }: { actions: Action[] }) {
  const t = useT();
  const { lang } = useLang();
  const box = useRef<HTMLDivElement>(null);
  const pages = usePages(box, JSON.stringify([lang, actions]));
  const fmt = (d: string) => (d ? new Date(`${d}T12:00:00`).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) : '—');
  return (
    <section className="projector__paged projector__actions-wrap" aria-labelledby="pa-h">
      <h2 id="pa-h" className="projector__paged-head">
        {t('actionList')} <PageCount pages={pages} />
      </h2>
      <div className="projector__page-box" ref={box}>
        <table className="projector__actions" data-testid="action-table" key={pages.page}>
          <colgroup>
            <col className="projector__col-what" />
            <col className="projector__col-owner" />
            <col className="projector__col-due" />
            <col className="projector__col-kind" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('what')}</th>
              <th scope="col">{t('owner')}</th>
              <th scope="col">{t('due')}</th>
              <th scope="col">{t('levelAspect')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a, i) =>
              pages.shows(i) ? (
                <tr key={a.id} data-page-item="" data-testid="action-row">
                  <td data-testid="action-what">{a.what}</td>
                  <td data-testid="action-owner">{a.owner || '—'}</td>
                  <td>{fmt(a.due)}</td>
                  <td>{[a.level && LEVEL_NAMES[a.level][lang], a.aspect && ASPECT_NAMES[a.aspect][lang]].filter(Boolean).join(' · ') || '—'}</td>
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
