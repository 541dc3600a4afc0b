import type { GroupId } from '../../../shared/groups';
import { COMBINED_GROUPS_LABEL, combineCounts } from '../../../shared/small-groups';
import type { Tally } from '../../../shared/tally';
import { GROUP_NAMES_PLURAL } from '../../../shared/i18n/names';
import { useLang, useT } from '../i18n';

export interface VoteTarget {
  id: string;
  label: string;
}

export interface RankedResult {
  target: VoteTarget;
  tally: Tally;
}

/** Targets with dots, most dots first (ties keep the targets' order). */
export function rankResults(targets: VoteTarget[], tallies: Map<string, Tally>): RankedResult[] {
  return targets
    .map((target) => ({ target, tally: tallies.get(target.id) }))
    .filter((r): r is RankedResult => !!r.tally && r.tally.total > 0)
    .sort((a, b) => b.tally.total - a.tally.total);
}

/**
 * Dots per target, in total and per stakeholder group (the carers' own voice visible).
 * The projector shows every row, numbered, and pages through them (`shows`).
 */
export function VoteResults({
  targets,
  tallies,
  limit = 10,
  ranked = false,
  shows = () => true,
  combine = new Set(),
}: {
  targets: VoteTarget[];
  tallies: Map<string, Tally>;
  limit?: number;
  /** Show the rank before each row. */
  ranked?: boolean;
  /** Which rows are on screen now (the projector pages through long results). */
  shows?: (index: number) => boolean;
  /** Anonymous workshops: roles with one or two people, shown as one part (shared/small-groups.ts). */
  combine?: ReadonlySet<GroupId>;
}) {
  const { lang } = useLang();
  const t = useT();
  const rows = rankResults(targets, tallies).slice(0, limit);
  const max = Math.max(1, ...rows.map((r) => r.tally.total));
  if (rows.length === 0) return <p className="muted">{t('noVotesYet')}</p>;
  return (
    <ol className={`vote-results${ranked ? ' vote-results--ranked' : ''}`} data-testid="vote-results">
      {rows.map(({ target, tally }, i) =>
        shows(i) ? (
          <li key={target.id} className="vote-results__row" data-page-item="" value={i + 1}>
            <span className="vote-results__label">
              {ranked ? (
                <span className="vote-results__rank" aria-hidden="true">
                  {i + 1}.
                </span>
              ) : null}
              {target.label}
            </span>
            <span className="vote-results__total">{t('dotsCount', { n: tally.total })}</span>
            <span className="vote-results__detail">
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
            </span>
          </li>
        ) : null,
      )}
    </ol>
  );
}
