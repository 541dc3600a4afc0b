// Deliver: the action list (what, owner, due date, level, aspect), editable in place.
import { useState, type FormEvent } from 'react';
import type { Action, BoardDoc, Note } from '../../../../shared/schema';
import { ASPECT_IDS, LEVEL_IDS, type AspectId, type LevelId } from '../../../../shared/lenses';
import { ASPECT_NAMES, LEVEL_NAMES } from '../../../../shared/i18n/names';
import { LIMITS, clipText } from '../../../../shared/limits';
import { newId } from '../../lib/id';
import { useLang, useT } from '../../i18n';

export function ActionTable({ actions, board, steps }: { actions: Action[]; board: BoardDoc; steps: Note[] }) {
  const t = useT();
  const { lang } = useLang();
  const [what, setWhat] = useState('');
  // Clipped to the limits every reader applies (shared/board-fields.ts): past them the
  // action would not be read at all, or its owner would read as empty.
  const add = (fields: Partial<Action> & { what: string }) =>
    board.addAction({ owner: '', due: '', ...fields, what: clipText(fields.what, LIMITS.actionText), createdAt: Date.now() }, newId());
  function submit(e: FormEvent) {
    e.preventDefault();
    if (what.trim()) add({ what: what.trim() });
    setWhat('');
  }
  const used = new Set(actions.map((a) => a.what));
  return (
    <section className="actions" aria-labelledby="actions-h">
      <h2 id="actions-h">{t('actionList')}</h2>
      <table className="action-table" data-testid="action-table">
        <thead>
          <tr>
            <th scope="col">{t('what')}</th>
            <th scope="col">{t('owner')}</th>
            <th scope="col">{t('due')}</th>
            <th scope="col">{t('level')}</th>
            <th scope="col">{t('aspect')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('delete')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a, i) => (
            <tr key={a.id} data-testid="action-row">
              <td>
                <input aria-label={`${t('what')} ${i + 1}`} value={a.what} onChange={(e) => board.updateAction(a.id, { what: clipText(e.target.value, LIMITS.actionText) })} />
              </td>
              <td>
                <input aria-label={`${t('owner')} ${i + 1}`} value={a.owner} onChange={(e) => board.updateAction(a.id, { owner: clipText(e.target.value, LIMITS.title) })} />
              </td>
              <td>
                <input type="date" aria-label={`${t('due')} ${i + 1}`} value={a.due} onChange={(e) => board.updateAction(a.id, { due: e.target.value })} />
              </td>
              <td>
                <select aria-label={`${t('level')} ${i + 1}`} value={a.level ?? ''} onChange={(e) => board.updateAction(a.id, { level: (e.target.value || undefined) as LevelId | undefined })}>
                  <option value="">—</option>
                  {LEVEL_IDS.map((l) => (
                    <option key={l} value={l}>
                      {LEVEL_NAMES[l][lang]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select aria-label={`${t('aspect')} ${i + 1}`} value={a.aspect ?? ''} onChange={(e) => board.updateAction(a.id, { aspect: (e.target.value || undefined) as AspectId | undefined })}>
                  <option value="">—</option>
                  {ASPECT_IDS.map((x) => (
                    <option key={x} value={x}>
                      {ASPECT_NAMES[x][lang]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button type="button" className="btn btn--small btn--quiet" aria-label={`${t('delete')} ${i + 1}`} onClick={() => board.deleteAction(a.id)}>
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="inline-form" onSubmit={submit}>
        <label htmlFor="new-action">{t('newAction')}</label>
        <input id="new-action" value={what} onChange={(e) => setWhat(e.target.value)} />
        <button type="submit" className="btn btn--primary" disabled={!what.trim()}>
          {t('addAction')}
        </button>
      </form>
      {steps.length ? (
        <details className="from-steps" open>
          <summary>{t('fromSmallSteps')}</summary>
          <ul>
            {steps.map((s) => (
              <li key={s.id}>
                <span>{s.firstAction ? `${s.text} — ${s.firstAction}` : s.text}</span>
                <button type="button" className="btn btn--small" disabled={used.has(s.firstAction || s.text)} onClick={() => add({ what: s.firstAction || s.text, ...(s.level ? { level: s.level } : {}), ...(s.aspect ? { aspect: s.aspect } : {}) })}>
                  {t('makeAction')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
