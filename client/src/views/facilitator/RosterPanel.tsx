import { useState } from 'react';
import { GROUP_IDS } from '../../../../shared/groups';
import type { RoomState, Roster } from '../../../../shared/room';
import { GROUP_NAMES } from '../../../../shared/i18n/names';
import type { Room } from '../../net/useRoom';
import { GroupCounts, PaceLine } from '../../components/GroupCounts';
import { useLang, useT } from '../../i18n';

/** Who is in the room: groups present and missing, pace, and each participant. */
export function RosterPanel({ state, roster, send }: { state: RoomState; roster: Roster | null; send: Room['send'] }) {
  const t = useT();
  const { lang } = useLang();
  const [confirm, setConfirm] = useState<string | null>(null);
  const people = [...(roster?.participants ?? [])].sort(
    (a, b) => Number(b.online) - Number(a.online) || GROUP_IDS.indexOf(a.group) - GROUP_IDS.indexOf(b.group) || a.name.localeCompare(b.name),
  );
  const online = people.filter((p) => p.online).length;
  return (
    <section className="panel roster" aria-labelledby="roster-h" data-testid="roster">
      <h2 id="roster-h">{t('whoIsInTheRoom')}</h2>
      <p className="roster__summary">{t('onlineOfJoined', { online, joined: people.length })}</p>
      <p className={state.anonymous ? 'notice' : 'hint'} data-testid="anonymity-notice" data-anonymous={state.anonymous}>
        {state.anonymous ? t('consoleAnonymousOn') : t('consoleAnonymousOff')}
      </p>
      <PaceLine roster={roster} />
      <GroupCounts roster={roster} expected={state.expectedGroups} />
      <ul className="roster__list">
        {people.map((p) => (
          <li key={p.id} className={`roster__person${p.online ? '' : ' is-offline'}`} data-testid="roster-person">
            <span className={`roster__dot group-${p.group}`} aria-hidden="true" />
            <span className="roster__name">
              {p.name || t('anonymousPerson')}
              <span className="roster__group"> · {GROUP_NAMES[p.group][lang]}</span>
            </span>
            <span className="roster__status">
              {p.online ? (p.done ? `✓ ${t('done')}` : t('writing')) : t('offline')}
            </span>
            {confirm === p.id ? (
              <span className="btn-row">
                <button
                  type="button"
                  className="btn btn--small btn--danger"
                  onClick={() => {
                    setConfirm(null);
                    void send('participant:remove', { participantId: p.id });
                  }}
                >
                  {t('yesRemove')}
                </button>
                <button type="button" className="btn btn--small" onClick={() => setConfirm(null)}>
                  {t('cancel')}
                </button>
              </span>
            ) : (
              <button type="button" className="btn btn--small btn--quiet" aria-label={t('removePerson', { name: p.name || GROUP_NAMES[p.group][lang] })} onClick={() => setConfirm(p.id)}>
                {t('remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
