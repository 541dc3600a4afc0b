import { describe, expect, it } from 'vitest';
import { dotsUsed, tallyVotes } from '../../shared/tally.js';
import type { GroupId } from '../../shared/groups.js';

const groups: Record<string, GroupId> = { ria: 'carer', jan: 'carer', els: 'professional', gem: 'municipality' };

describe('vote tallies per stakeholder group', () => {
  it('counts dots in total and per group, so the carers can be read apart', () => {
    const tallies = tallyVotes(
      [
        { voter: 'ria', target: 'cafe', dots: 2 },
        { voter: 'jan', target: 'cafe', dots: 3 },
        { voter: 'els', target: 'cafe', dots: 1 },
        { voter: 'gem', target: 'loket', dots: 2 },
        { voter: 'ria', target: 'loket', dots: 1 },
      ],
      (id) => groups[id],
    );
    expect(tallies.get('cafe')).toEqual({ total: 6, byGroup: { carer: 5, professional: 1 } });
    expect(tallies.get('loket')).toEqual({ total: 3, byGroup: { municipality: 2, carer: 1 } });
    expect(tallies.has('nothing')).toBe(false);
  });

  it('counts a voter whose group is unknown (an imported or removed one) as other', () => {
    const tallies = tallyVotes([{ voter: 'ghost', target: 'x', dots: 1 }], () => undefined);
    expect(tallies.get('x')).toEqual({ total: 1, byGroup: { other: 1 } });
  });

  it('knows how many dots a voter has spent', () => {
    const votes = [
      { voter: 'ria', target: 'a', dots: 2 },
      { voter: 'ria', target: 'b', dots: 1 },
      { voter: 'jan', target: 'a', dots: 3 },
    ];
    expect(dotsUsed(votes, 'ria')).toBe(3);
    expect(dotsUsed(votes, 'els')).toBe(0);
  });
});
