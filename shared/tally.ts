// Dot-vote tallies, in total and per stakeholder group, so the carers' own voice can
// be read apart from the rest.
import type { GroupId } from './groups.js';
import type { Vote } from './schema.js';

export interface Tally {
  total: number;
  byGroup: Partial<Record<GroupId, number>>;
}

export function tallyVotes(votes: readonly Vote[], groupOf: (voterId: string) => GroupId | undefined): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const vote of votes) {
    let tally = tallies.get(vote.target);
    if (!tally) {
      tally = { total: 0, byGroup: {} };
      tallies.set(vote.target, tally);
    }
    tally.total += vote.dots;
    const group = groupOf(vote.voter) ?? 'other';
    tally.byGroup[group] = (tally.byGroup[group] ?? 0) + vote.dots;
  }
  return tallies;
}

/** Dots a voter has spent in total. */
export function dotsUsed(votes: readonly Vote[], voter: string): number {
  let used = 0;
  for (const v of votes) if (v.voter === voter) used += v.dots;
  return used;
}
