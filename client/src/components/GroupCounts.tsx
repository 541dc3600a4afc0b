import { GROUP_IDS, type GroupId } from '../../../shared/groups';
import type { Roster } from '../../../shared/room';
import { GROUP_NAMES, GROUP_NAMES_PLURAL } from '../../../shared/i18n/names';
import type { Language } from '../../../shared/i18n/language';
import { countByGroup, paceOf, type GroupCount } from '../lib/roster';
import { useLang, useT } from '../i18n';
import { COMBINED_GROUPS_LABEL, combineCounts, groupsToCombine } from '../../../shared/small-groups';

export function groupCountText(n: number, g: GroupId, lang: Language): string {
  const name = (n === 1 ? GROUP_NAMES : GROUP_NAMES_PLURAL)[g][lang];
  return `${n} ${name.toLowerCase()}`;
}

function listText(counts: GroupCount, lang: Language, combine: ReadonlySet<GroupId> = new Set()): string {
  return combineCounts(counts, combine)
    .map((p) => (p.group ? groupCountText(p.count, p.group, lang) : `${p.count} × ${COMBINED_GROUPS_LABEL[lang].toLowerCase()}`))
    .join(', ');
}

/** Anonymous workshops: the roles of one or two people, counted together where the room sees it. */
const combinedOf = (roster: Roster | null, anonymous: boolean) => groupsToCombine((roster?.participants ?? []).map((p) => p.group), anonymous);

/** Counts per stakeholder group present (online), with the expected groups still missing. */
export function GroupCounts({
  roster,
  expected = [],
  onlineOnly = true,
  anonymous = false,
}: {
  roster: Roster | null;
  expected?: readonly GroupId[];
  onlineOnly?: boolean;
  /** Room views of an anonymous workshop: roles with one or two people as one chip. */
  anonymous?: boolean;
}) {
  const { lang } = useLang();
  const t = useT();
  const people = roster?.participants.filter((p) => !onlineOnly || p.online) ?? [];
  const counts = countByGroup(people);
  const combine = combinedOf(roster, anonymous);
  const combined = combineCounts(counts, combine).find((p) => p.group === null)?.count ?? 0;
  const missing = expected.filter((g) => !counts[g]);
  return (
    <div className="group-counts" data-testid="group-counts">
      <ul>
        {GROUP_IDS.filter((g) => !combine.has(g) && (counts[g] || expected.includes(g))).map((g) => (
          <li key={g} className={`group-chip group-${g}${counts[g] ? '' : ' is-missing'}`} data-group={g}>
            <span className="group-chip__name">{GROUP_NAMES_PLURAL[g][lang]}</span>
            <span className="group-chip__count">{counts[g] ?? 0}</span>
          </li>
        ))}
        {combined ? (
          <li className="group-chip group-other group-chip--combined" data-group="combined">
            <span className="group-chip__name">{COMBINED_GROUPS_LABEL[lang]}</span>
            <span className="group-chip__count">{combined}</span>
          </li>
        ) : null}
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
export function PaceLine({ roster, className, anonymous = false }: { roster: Roster | null; className?: string; anonymous?: boolean }) {
  const { lang } = useLang();
  const t = useT();
  const pace = paceOf(roster);
  if (pace.total === 0) return null;
  const waiting = listText(pace.waiting, lang, combinedOf(roster, anonymous));
  return (
    <p className={`pace${className ? ` ${className}` : ''}`} data-testid="pace" data-ready={pace.ready} data-total={pace.total}>
      <strong>{t('readyOf', { ready: pace.ready, total: pace.total })}</strong>
      {waiting ? ` — ${t('waitingFor', { list: waiting })}` : ` — ${t('everyoneReady')}`}
    </p>
  );
}
