import type { Tally } from '../../../shared/tally';
import { GROUP_NAMES_PLURAL } from '../../../shared/i18n/names';
import { useLang, useT } from '../i18n';
import { COMBINED_GROUPS_LABEL, combineCounts } from '../../../shared/small-groups';
import type { GroupId } from '../../../shared/groups';

export interface VoteTarget {
  id: string;
  label: string;
}

/** Dots per target, in total and per stakeholder group (the carers' own voice visible). */
export function VoteResults({
  targets,
  tallies,
  limit = 10,
  combine = new Set(),
}: {
  targets: VoteTarget[];
  tallies: Map<string, Tally>;
  limit?: number;
  /** Anonymous workshops: roles with one or two people, shown as one part (shared/small-groups.ts). */
  combine?: ReadonlySet<GroupId>;
}) {
  const { lang } = useLang();
  const t = useT();
  const rows = targets
    .map((target) => ({ target, tally: tallies.get(target.id) }))
    .filter((r): r is { target: VoteTarget; tally: Tally } => !!r.tally && r.tally.total > 0)
    .sort((a, b) => b.tally.total - a.tally.total)
    .slice(0, limit);
  const max = Math.max(1, ...rows.map((r) => r.tally.total));
  if (rows.length === 0) return <p className="muted">{t('noVotesYet')}</p>;
  return (
    <ol className="vote-results" data-testid="vote-results">
      {rows.map(({ target, tally }) => (
        <li key={target.id} className="vote-results__row">
          <span className="vote-results__label">{target.label}</span>
          <span className="vote-results__total">{t('dotsCount', { n: tally.total })}</span>
          <span className="vote-results__bar" aria-hidden="true">
            {combineCounts(tally.byGroup, combine).map((p) => (
              <span key={p.group ?? 'combined'} className={`vote-results__seg group-${p.group ?? 'other'}`} style={{ flexGrow: p.count }} />
            ))}
            <span className="vote-results__rest" style={{ flexGrow: max - tally.total }} />
          </span>
          <span className="vote-results__groups">
            {combineCounts(tally.byGroup, combine)
              .map((p) => `${p.group ? GROUP_NAMES_PLURAL[p.group][lang] : COMBINED_GROUPS_LABEL[lang]} ${p.count}`)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ol>
  );
}
