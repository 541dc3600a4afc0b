import { GROUP_IDS, type GroupId } from '../../../shared/groups';
import type { Roster } from '../../../shared/room';
import { GROUP_NAMES, GROUP_NAMES_PLURAL } from '../../../shared/i18n/names';
import type { Language } from '../../../shared/i18n/language';
import { countByGroup, paceOf, type GroupCount } from '../lib/roster';
import { useLang, useT } from '../i18n';

export function groupCountText(n: number, g: GroupId, lang: Language): string {
  const name = (n === 1 ? GROUP_NAMES : GROUP_NAMES_PLURAL)[g][lang];
  return `${n} ${name.toLowerCase()}`;
}

function listText(counts: GroupCount, lang: Language): string {
  return GROUP_IDS.filter((g) => counts[g])
    .map((g) => groupCountText(counts[g] ?? 0, g, lang))
    .join(', ');
}

/** Counts per stakeholder group present (online), with the expected groups still missing. */
export function GroupCounts({ roster, expected = [], onlineOnly = true }: { roster: Roster | null; expected?: readonly GroupId[]; onlineOnly?: boolean }) {
  const { lang } = useLang();
  const t = useT();
  const people = roster?.participants.filter((p) => !onlineOnly || p.online) ?? [];
  const counts = countByGroup(people);
  const missing = expected.filter((g) => !counts[g]);
  return (
    <div className="group-counts" data-testid="group-counts">
      <ul>
        {GROUP_IDS.filter((g) => counts[g] || expected.includes(g)).map((g) => (
          <li key={g} className={`group-chip group-${g}${counts[g] ? '' : ' is-missing'}`} data-group={g}>
            <span className="group-chip__name">{GROUP_NAMES_PLURAL[g][lang]}</span>
            <span className="group-chip__count">{counts[g] ?? 0}</span>
          </li>
        ))}
      </ul>
      {people.length === 0 ? <p className="muted">{t('nobodyYet')}</p> : null}
      {missing.length ? (
        <p className="group-counts__missing">
          {t('missingGroups')}: {missing.map((g) => GROUP_NAMES_PLURAL[g][lang]).join(', ')}
        </p>
      ) : null}
    </div>
  );
}

/** "7 of 9 ready — waiting for 1 carer, 1 volunteer". */
export function PaceLine({ roster, className }: { roster: Roster | null; className?: string }) {
  const { lang } = useLang();
  const t = useT();
  const pace = paceOf(roster);
  if (pace.total === 0) return null;
  const waiting = listText(pace.waiting, lang);
  return (
    <p className={`pace${className ? ` ${className}` : ''}`} data-testid="pace" data-ready={pace.ready} data-total={pace.total}>
      <strong>{t('readyOf', { ready: pace.ready, total: pace.total })}</strong>
      {waiting ? ` — ${t('waitingFor', { list: waiting })}` : ` — ${t('everyoneReady')}`}
    </p>
  );
}
