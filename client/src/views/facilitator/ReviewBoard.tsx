// The review step on the console: each carried action with its owner's phone (chosen
// from the roster, so the owner can mark it themselves), its status and note, what
// helped, and for a stuck action the way back into Design as a new small step.
import type { Roster } from '../../../../shared/room';
import type { Action, Note } from '../../../../shared/schema';
import type { Board } from '../../net/useBoard';
import { GROUP_NAMES, useLang, useT } from '../../i18n';
import { StatusForm, StatusLabel } from '../../components/ActionStatus';
import { actionStatus } from '../../../../shared/board-fields';
import { getSession } from '../../net/session';

/** The small step made from a stuck action has an id of its own, so it is made once. */
const stepIdFor = (actionId: string) => `step-${actionId}`.slice(0, 100);

export function ReviewBoard({ board, actions, helped, roster, anonymous }: { board: Board; actions: Action[]; helped: Note[]; roster: Roster | null; anonymous: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const people = roster?.participants ?? [];
  const date = (d: string) => new Date(`${d}T12:00:00`).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const designIds = new Set(board.board.notes().filter((n) => n.step === 'design').map((n) => n.id));
  if (actions.length === 0) return <p className="muted">{t('noReviewActions')}</p>;

  function toSmallStep(a: Action) {
    board.board.addNote({ text: a.what, step: 'design', author: 'facilitator', createdAt: Date.now(), ...(a.statusNote ? { firstAction: a.statusNote } : {}) }, stepIdFor(a.id));
  }

  return (
    <section className="panel review-board" aria-labelledby="review-board-h" data-testid="review-board">
      <h2 id="review-board-h">{t('reviewAll')}</h2>
      <p className="hint">{t('reviewConsoleHint')}</p>
      <ul className="review-board__list">
        {actions.map((a) => {
          const notes = helped.filter((n) => n.linkedTo === a.id);
          const selectId = `owner-${a.id}`;
          return (
            <li key={a.id} className="review-board__item" data-testid="review-action" data-action={a.id}>
              <div className="review-board__head">
                <p className="action-card__what">{a.what}</p>
                <p className="action-card__meta">
                  <StatusLabel action={a} />
                  {a.owner ? <span>{t('actionOwner', { owner: a.owner })}</span> : null}
                  {a.due ? <span>{t('actionDue', { date: date(a.due) })}</span> : null}
                  {a.origin ? <OriginTag meetingId={a.origin} /> : null}
                </p>
              </div>
              <div className="review-board__controls">
                <div className="field">
                  <label htmlFor={selectId}>{t('ownerPhone')}</label>
                  <select
                    id={selectId}
                    aria-label={t('ownerPhoneFor', { what: a.what })}
                    value={a.ownerId ?? ''}
                    onChange={(e) => board.board.updateAction(a.id, { ownerId: e.target.value || undefined })}
                  >
                    <option value="">{t('ownerPhoneNone')}</option>
                    {people.map((p) => (
                      <option key={p.id} value={p.id}>
                        {(!anonymous && p.name) || t('anonymousPerson')} ({GROUP_NAMES[p.group][lang]})
                      </option>
                    ))}
                  </select>
                </div>
                <StatusForm key={`${a.status ?? ''}|${a.statusNote ?? ''}`} action={a} disabled={false} onSave={(status, note) => board.board.updateAction(a.id, { status, statusNote: note || undefined })} />
              </div>
              {notes.length ? (
                <div className="review-board__helped">
                  <p className="review-card__helped-h">{t('whatHelpedCount', { n: notes.length })}</p>
                  <ul>
                    {notes.map((n) => (
                      <li key={n.id}>{n.text}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {actionStatus(a) === 'stuck' ? (
                designIds.has(stepIdFor(a.id)) ? (
                  <p className="hint" role="status">
                    ✓ {t('madeSmallStep')}
                  </p>
                ) : (
                  <button type="button" className="btn" onClick={() => toSmallStep(a)}>
                    {t('toSmallStep')}
                  </button>
                )
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * Where a carried action came from: a link to that meeting's console when this device
 * holds its facilitator link (it started this meeting from there, or opened it from the
 * series page), else just the words.
 */
function OriginTag({ meetingId }: { meetingId: string }) {
  const t = useT();
  const known = getSession(meetingId).facilitatorToken !== undefined;
  return known ? (
    <a className="tag" href={`/f/${encodeURIComponent(meetingId)}`} data-testid="action-origin">
      {t('fromEarlier')}
    </a>
  ) : (
    <span className="tag">{t('fromEarlier')}</span>
  );
}
