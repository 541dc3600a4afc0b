// The Deliver action list on the projector: every action's what and owner, whole. Rows
// that do not fit the screen at a readable size are paged through (usePages), so the
// table keeps fixed column widths: a row is as tall on every page.
import { useLayoutEffect, useRef, useState } from 'react';
import type { Action } from '../../../../shared/schema';
import { ASPECT_NAMES, LEVEL_NAMES } from '../../../../shared/i18n/names';
import { useLang, useT } from '../../i18n';
import { usePages } from './usePages';
import { PageCount } from './PageCount';
import { PageControls } from './PageControls';
import { StatusLabel } from '../../components/ActionStatus';
import { wordsFit } from './wordsFit';

/** The table's type may shrink this far (from 1.35rem) so that no word breaks mid-word. */
const SMALLEST_FIT = 0.75;

/** `contentLang`: the workshop's language, which the actions are written in (hyphenation). */
export function ActionList({ actions, contentLang }: { actions: Action[]; contentLang: string }) {
  const t = useT();
  const { lang } = useLang();
  const box = useRef<HTMLDivElement>(null);
  const content = JSON.stringify([lang, actions]);
  // type scale at which every word fits its cell, for this content on this screen
  const [fit, setFit] = useState({ key: '', scale: 1 });
  const fitKey = `${content}|${innerWidth}x${innerHeight}`;
  const scale = fit.key === fitKey ? fit.scale : 1;
  const pages = usePages(box, `${content}|${scale}`);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    if (!wordsFit(el, 'td, th') && scale > SMALLEST_FIT) setFit({ key: fitKey, scale: Math.round((scale - 0.05) * 100) / 100 });
    else if (fit.key !== fitKey) setFit({ key: fitKey, scale });
  });
  const fmt = (d: string) => (d ? new Date(`${d}T12:00:00`).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' }) : '—');
  // the level/aspect column only where some action has one: else its width goes to what and who
  const kinds = actions.some((a) => a.level || a.aspect);
  return (
    <section className="projector__paged projector__actions-wrap" aria-labelledby="pa-h">
      <div className="projector__paged-top">
        <h2 id="pa-h" className="projector__paged-head">
          {t('actionList')} <PageCount pages={pages} />
        </h2>
        <PageControls pages={pages} />
      </div>
      <div className="projector__page-box" ref={box}>
        <table
          className={`projector__actions${kinds ? '' : ' projector__actions--plain'}`}
          data-testid="action-table"
          key={pages.page}
          style={{ '--fit': scale } as React.CSSProperties}
        >
          <colgroup>
            <col className="projector__col-what" />
            <col className="projector__col-owner" />
            <col className="projector__col-due" />
            {kinds ? <col className="projector__col-kind" /> : null}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('what')}</th>
              <th scope="col">{t('owner')}</th>
              <th scope="col">{t('due')}</th>
              {kinds ? <th scope="col">{t('levelAspect')}</th> : null}
            </tr>
          </thead>
          <tbody lang={contentLang}>
            {actions.map((a, i) =>
              pages.shows(i) ? (
                <tr key={a.id} data-page-item="" data-testid="action-row">
                  <td data-testid="action-what">
                    {a.what}
                    {/* carried from the last meeting with a status from its review */}
                    {a.status && a.status !== 'planned' ? (
                      <>
                        {' '}
                        <StatusLabel action={a} />
                      </>
                    ) : null}
                  </td>
                  <td data-testid="action-owner">{a.owner || '—'}</td>
                  <td>{fmt(a.due)}</td>
                  {kinds ? <td>{[a.level && LEVEL_NAMES[a.level][lang], a.aspect && ASPECT_NAMES[a.aspect][lang]].filter(Boolean).join(' · ') || '—'}</td> : null}
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
