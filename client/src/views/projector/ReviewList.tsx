// The review step on the projector: each carried action with its owner, due date and
// status (and the note of what happened), and how many "what helped" notes it has. Paged
// like the action list when the rows do not fit.
import { useRef } from 'react';
import type { Action, Note } from '../../../../shared/schema';
import { useLang, useT } from '../../i18n';
import { StatusLabel } from '../../components/ActionStatus';
import { usePages } from './usePages';
import { PageCount } from './PageCount';

export function ReviewList({ actions, helped, contentLang }: { actions: Action[]; helped: Note[]; contentLang: string }) {
  const t = useT();
  const { lang } = useLang();
  const box = useRef<HTMLDivElement>(null);
  const pages = usePages(box, JSON.stringify([lang, actions, helped.length]));
  const fmt = (d: string) => (d ? new Date(`${d}T12:00:00`).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' }) : '—');
  const count = (id: string) => helped.filter((n) => n.linkedTo === id).length;
  return (
    <section className="projector__paged projector__actions-wrap" aria-labelledby="pr-h" data-testid="review-list">
      <h2 id="pr-h" className="projector__paged-head">
        {t('reviewAll')} <PageCount pages={pages} />
      </h2>
      {actions.length === 0 ? <p className="projector__empty">{t('noReviewActions')}</p> : null}
      <div className="projector__page-box" ref={box}>
        <table className="projector__actions projector__review" key={pages.page}>
          <colgroup>
            <col className="projector__col-what" />
            <col className="projector__col-owner" />
            <col className="projector__col-due" />
            <col className="projector__col-status" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('what')}</th>
              <th scope="col">{t('owner')}</th>
              <th scope="col">{t('due')}</th>
              <th scope="col">{t('actionStatus')}</th>
            </tr>
          </thead>
          <tbody lang={contentLang}>
            {actions.map((a, i) =>
              pages.shows(i) ? (
                <tr key={a.id} data-page-item="" data-testid="review-row" data-action={a.id}>
                  <td>
                    {a.what}
                    {count(a.id) ? <span className="projector__helped">{t('whatHelpedCount', { n: count(a.id) })}</span> : null}
                  </td>
                  <td>{a.owner || '—'}</td>
                  <td>{fmt(a.due)}</td>
                  <td>
                    <StatusLabel action={a} />
                    {a.statusNote ? <span className="projector__status-note">{a.statusNote}</span> : null}
                  </td>
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
