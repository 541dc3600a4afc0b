// Deliver on the phone: the room's action list, with the actions that carry this
// participant's name first (see lib/owner.ts for how a name is matched).
import type { Action } from '../../../../shared/schema';
import { ASPECT_NAMES, LEVEL_NAMES } from '../../../../shared/i18n/names';
import { useLang, useT } from '../../i18n';
import { isOwnedBy } from '../../lib/owner';
import { StatusLabel } from '../../components/ActionStatus';

export function DeliverActions({ actions, name }: { actions: Action[]; name: string }) {
  const t = useT();
  const mine = name.trim() ? actions.filter((a) => isOwnedBy(a.owner, name)) : [];
  const others = actions.filter((a) => !mine.includes(a));
  return (
    <section className="deliver card" aria-labelledby="deliver-h" data-testid="deliver-actions">
      <h2 id="deliver-h">{t('actionList')}</h2>
      {actions.length === 0 ? <p className="muted">{t('noActionsYet')}</p> : null}
      {actions.length > 0 ? (
        <>
          <h3 id="my-actions-h">
            {t('myActions')} <span className="count">({mine.length})</span>
          </h3>
          <p className="hint">{name.trim() ? t('myActionsHow', { name: name.trim() }) : t('myActionsNoName')}</p>
          {mine.length ? <ActionItems actions={mine} mine labelledBy="my-actions-h" /> : name.trim() ? <p className="muted">{t('noMyActions')}</p> : null}
          {others.length ? (
            <>
              <h3 id="other-actions-h">
                {mine.length ? t('otherActions') : t('allActions')} <span className="count">({others.length})</span>
              </h3>
              <ActionItems actions={others} mine={false} labelledBy="other-actions-h" />
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function ActionItems({ actions, mine, labelledBy }: { actions: Action[]; mine: boolean; labelledBy: string }) {
  const t = useT();
  const { lang } = useLang();
  const date = (d: string) => new Date(`${d}T12:00:00`).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <ul className="action-cards" aria-labelledby={labelledBy}>
      {actions.map((a) => {
        const lens = [a.level && LEVEL_NAMES[a.level][lang], a.aspect && ASPECT_NAMES[a.aspect][lang]].filter(Boolean).join(' · ');
        return (
          <li key={a.id} className={`action-card${mine ? ' action-card--mine' : ''}`} data-testid={mine ? 'my-action' : 'action'}>
            <p className="action-card__what">{a.what}</p>
            <p className="action-card__meta">
              {a.status ? <StatusLabel action={a} /> : null}
              {a.owner ? <span>{t('actionOwner', { owner: a.owner })}</span> : null}
              {a.due ? <span>{t('actionDue', { date: date(a.due) })}</span> : null}
              {lens ? <span>{lens}</span> : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
