// The review step on the phone: last time's actions. The owner (named by the facilitator)
// marks where their own action stands; everyone may add what helped.
import type { Action, Note } from '../../../../shared/schema';
import { useLang, useT } from '../../i18n';
import { StatusForm, StatusLabel, WhatHelpedForm } from '../../components/ActionStatus';
import type { ActionStatus } from '../../../../shared/board-fields';

interface Props {
  actions: Action[];
  helped: Note[];
  me: string;
  online: boolean;
  onStatus: (actionId: string, status: ActionStatus, note: string) => void;
  onHelped: (actionId: string, text: string) => void;
}

export function ReviewActions({ actions, helped, me, online, onStatus, onHelped }: Props) {
  const t = useT();
  const mine = actions.filter((a) => a.ownerId === me);
  const others = actions.filter((a) => a.ownerId !== me);
  if (actions.length === 0) return <p className="muted">{t('noReviewActions')}</p>;
  return (
    <section className="review card" aria-labelledby="review-h" data-testid="review-actions">
      <h2 id="review-h">{t('reviewAll')}</h2>
      {mine.length ? (
        <>
          <h3 id="review-mine-h">{t('reviewMine')}</h3>
          <p className="hint">{t('reviewMineHint')}</p>
          <ul className="action-cards" aria-labelledby="review-mine-h">
            {mine.map((a) => (
              <ReviewCard key={a.id} action={a} helped={helped} online={online} onHelped={onHelped}>
                <StatusForm key={`${a.status ?? ''}|${a.statusNote ?? ''}`} action={a} disabled={!online} onSave={(s, n) => onStatus(a.id, s, n)} />
              </ReviewCard>
            ))}
          </ul>
        </>
      ) : null}
      {others.length ? (
        <ul className="action-cards" aria-labelledby="review-h">
          {others.map((a) => (
            <ReviewCard key={a.id} action={a} helped={helped} online={online} onHelped={onHelped} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ReviewCard({ action: a, helped, online, onHelped, children }: { action: Action; helped: Note[]; online: boolean; onHelped: Props['onHelped']; children?: React.ReactNode }) {
  const t = useT();
  const { lang } = useLang();
  const date = (d: string) => new Date(`${d}T12:00:00`).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const notes = helped.filter((n) => n.linkedTo === a.id);
  return (
    <li className={`action-card review-card${children ? ' action-card--mine' : ''}`} data-testid="review-action" data-action={a.id}>
      <p className="action-card__what">{a.what}</p>
      <p className="action-card__meta">
        <StatusLabel action={a} />
        {a.owner ? <span>{t('actionOwner', { owner: a.owner })}</span> : null}
        {a.due ? <span>{t('actionDue', { date: date(a.due) })}</span> : null}
      </p>
      {a.statusNote ? <p className="review-card__note">{a.statusNote}</p> : null}
      {children}
      {notes.length ? (
        <>
          <p className="review-card__helped-h">{t('whatHelpedCount', { n: notes.length })}</p>
          <ul className="review-card__helped">
            {notes.map((n) => (
              <li key={n.id}>{n.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      <WhatHelpedForm action={a} disabled={!online} onAdd={(text) => onHelped(a.id, text)} />
    </li>
  );
}
