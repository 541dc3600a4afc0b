import { GROUP_IDS } from '../../../shared/groups';
import type { Tally } from '../../../shared/tally';
import { GROUP_NAMES_PLURAL } from '../../../shared/i18n/names';
import { useLang, useT } from '../i18n';

export interface VoteTarget {
  id: string;
  label: string;
}

/** Dots per target, in total and per stakeholder group (the carers' own voice visible). */
export function VoteResults({ targets, tallies, limit = 10 }: { targets: VoteTarget[]; tallies: Map<string, Tally>; limit?: number }) {
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
            {GROUP_IDS.filter((g) => tally.byGroup[g]).map((g) => (
              <span key={g} className={`vote-results__seg group-${g}`} style={{ flexGrow: tally.byGroup[g] ?? 0 }} />
            ))}
            <span className="vote-results__rest" style={{ flexGrow: max - tally.total }} />
          </span>
          <span className="vote-results__groups">
            {GROUP_IDS.filter((g) => tally.byGroup[g])
              .map((g) => `${GROUP_NAMES_PLURAL[g][lang]} ${tally.byGroup[g]}`)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ol>
  );
}
