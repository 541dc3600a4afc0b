// The pairing of an interview round (shared/interview-pairs.ts): mixed pairs wherever the
// room allows, carers with a professional or a volunteer, one trio for an odd number,
// late joiners added without undoing the pairs that are talking.
import { describe, expect, it } from 'vitest';
import type { GroupId } from '../../shared/groups.js';
import { addLateJoiners, interviewerInTurn, interviewerOf, intervieweeOf, pairInterviews, swapPeople, type Interviewee } from '../../shared/interview-pairs.js';

function people(spec: Partial<Record<GroupId, number>>): Interviewee[] {
  return Object.entries(spec).flatMap(([group, n]) => Array.from({ length: n }, (_, i) => ({ id: `${group}${i + 1}`, group: group as GroupId })));
}

function check(list: Interviewee[]) {
  const groupOf = new Map(list.map((p) => [p.id, p.group]));
  const groups = pairInterviews(list);
  const gs = (g: string[]) => g.map((id) => groupOf.get(id)!);
  return {
    groups,
    sizes: groups.map((g) => g.length).sort(),
    sameGroupPairs: groups.filter((g) => new Set(gs(g)).size === 1).length,
    carerWithCarePartner: groups.filter((g) => gs(g).includes('carer') && gs(g).some((x) => x === 'professional' || x === 'volunteer')).length,
    everyone: groups.flat().sort(),
  };
}

describe('pairing people for interviews', () => {
  it('puts every carer with a professional or a volunteer when there are enough of them', () => {
    const r = check(people({ carer: 3, professional: 2, volunteer: 1 }));
    expect(r.sizes).toEqual([2, 2, 2]);
    expect(r.carerWithCarePartner).toBe(3);
    expect(r.sameGroupPairs).toBe(0);
  });

  it('pairs nobody within their own group while a mixed pair is possible', () => {
    // Carers first with the professional would leave two from the municipality together.
    const r = check(people({ carer: 1, professional: 1, municipality: 2 }));
    expect(r.sameGroupPairs).toBe(0);
    const big = check(people({ carer: 5, professional: 2, organisation: 2, municipality: 1 }));
    expect(big.sameGroupPairs).toBe(0);
    expect(big.carerWithCarePartner).toBe(2);
  });

  it('pairs within a group only what cannot be mixed', () => {
    // Six carers, two professionals: at most two mixed pairs; the other four carers pair up.
    const r = check(people({ carer: 6, professional: 2 }));
    expect(r.sizes).toEqual([2, 2, 2, 2]);
    expect(r.carerWithCarePartner).toBe(2);
    expect(r.sameGroupPairs).toBe(2);
  });

  it('makes one trio for an odd number, with the odd one out outside their own group', () => {
    const r = check(people({ carer: 3, professional: 2, volunteer: 2 }));
    expect(r.sizes).toEqual([2, 2, 3]);
    expect(r.everyone).toHaveLength(7);
    expect(new Set(r.everyone).size).toBe(7);
    const trio = r.groups.find((g) => g.length === 3)!;
    const groupsInTrio = trio.map((id) => id.replace(/\d+$/, ''));
    expect(new Set(groupsInTrio).size).toBe(3);
  });

  it('pairs the one member of a group with someone of another group', () => {
    const r = check(people({ carer: 1, professional: 5 }));
    const withCarer = r.groups.find((g) => g.includes('carer1'))!;
    expect(withCarer.some((id) => id.startsWith('professional'))).toBe(true);
    expect(r.sizes).toEqual([2, 2, 2]);
  });

  it('leaves one person alone only when they are the only one', () => {
    expect(pairInterviews(people({ carer: 1 }))).toEqual([['carer1']]);
    expect(pairInterviews([])).toEqual([]);
    expect(check(people({ volunteer: 3 })).sizes).toEqual([3]);
  });

  it('adds one late joiner to a pair as its third, preferably a pair without their group', () => {
    const list = people({ carer: 2, professional: 2 });
    const groupOf = (id: string) => [...list, { id: 'carer9', group: 'carer' as const }].find((p) => p.id === id)?.group;
    const groups = pairInterviews(list);
    const after = addLateJoiners(groups, [{ id: 'carer9', group: 'carer' }], groupOf);
    expect(after).toHaveLength(2);
    // The pairs that are talking stay as they were, in the same order.
    expect(after.map((g) => g.slice(0, 2))).toEqual(groups);
    expect(after.flat()).toContain('carer9');
  });

  it('pairs late joiners with each other, and a third late joiner joins them', () => {
    const list = people({ carer: 2, professional: 2 });
    const late = [
      { id: 'late1', group: 'volunteer' as const },
      { id: 'late2', group: 'carer' as const },
    ];
    const groupOf = (id: string) => [...list, ...late].find((p) => p.id === id)?.group;
    const after = addLateJoiners(pairInterviews(list), late, groupOf);
    expect(after).toHaveLength(3);
    expect(after[2]!.sort()).toEqual(['late1', 'late2']);
    const third = addLateJoiners(after, [...late, { id: 'late3', group: 'municipality' }], (id) => (id === 'late3' ? 'municipality' : groupOf(id)));
    expect(third.map((g) => g.length).sort()).toEqual([2, 2, 3]);
    // Someone already placed is not added twice.
    expect(third.flat().filter((id) => id === 'late1')).toHaveLength(1);
  });

  it('says who interviews whom in a ring, and who speaks in each turn', () => {
    const groups = [['a', 'b'], ['c', 'd', 'e']];
    expect(intervieweeOf(groups, 'a')).toBe('b');
    expect(intervieweeOf(groups, 'b')).toBe('a');
    expect(intervieweeOf(groups, 'e')).toBe('c');
    expect(interviewerOf(groups, 'c')).toBe('e');
    expect(intervieweeOf(groups, 'x')).toBeNull();
    expect([0, 1, 2].map((t) => interviewerInTurn(groups[0]!, t))).toEqual(['a', 'b', null]);
    expect([0, 1, 2].map((t) => interviewerInTurn(groups[1]!, t))).toEqual(['c', 'd', 'e']);
    expect(swapPeople(groups, 'a', 'd')).toEqual([['d', 'b'], ['c', 'a', 'e']]);
  });
});
