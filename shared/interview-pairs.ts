// Who interviews whom in a paired appreciative interview round. Mixed pairs are the
// point (each hears the other side's best moments), so the pairing first makes as many
// pairs across stakeholder groups as the room allows, and within that puts carers with a
// professional or a volunteer. Pure: the server calls it, the tests check it.
//
// A group of people is a ring: in a pair [a, b], a interviews b and b interviews a; in a
// trio [a, b, c], a interviews b, b interviews c and c interviews a.
import type { GroupId } from './groups.js';

export interface Interviewee {
  id: string;
  group: GroupId;
}

/** Groups a carer is best paired with. */
const CARE_PARTNERS: readonly GroupId[] = ['professional', 'volunteer'];

/** The most mixed pairs possible from these group sizes: every pair needs someone outside the largest group. */
function maxMixed(counts: ReadonlyMap<GroupId, number>): number {
  let n = 0;
  let largest = 0;
  for (const c of counts.values()) {
    n += c;
    largest = Math.max(largest, c);
  }
  return Math.min(Math.floor(n / 2), n - largest);
}

/** How much a pair of these groups is wanted (higher first), among pairs that keep the most mixing possible. */
function preference(a: GroupId, b: GroupId): number {
  if (a === b) return 0;
  const carerWith = a === 'carer' ? b : b === 'carer' ? a : null;
  if (carerWith && CARE_PARTNERS.includes(carerWith)) return 3;
  // Leave carers for the professionals and volunteers where the room allows.
  if (carerWith) return 1;
  return 2;
}

/**
 * Pairs people, mixing stakeholder groups as much as the room allows; an odd number
 * makes one trio. One person alone makes a group of one (nobody to interview).
 * Within a group the order is stable: people keep the order they came in.
 */
export function pairInterviews(people: readonly Interviewee[]): string[][] {
  const queues = new Map<GroupId, Interviewee[]>();
  for (const p of people) queues.set(p.group, [...(queues.get(p.group) ?? []), p]);
  const counts = () => new Map([...queues].map(([g, q]) => [g, q.length] as const));
  const pairs: Interviewee[][] = [];
  const left = () => [...queues.values()].reduce((n, q) => n + q.length, 0);

  while (left() >= 2) {
    const before = counts();
    const best = maxMixed(before);
    // The largest group goes first (carers first on a tie): it is the one that runs out of partners.
    const sizes = [...before].filter(([, n]) => n > 0).sort(([ga, a], [gb, b]) => b - a || Number(gb === 'carer') - Number(ga === 'carer'));
    const [first] = sizes[0]!;
    let choice: GroupId = first;
    let choiceScore = -1;
    for (const [other, size] of sizes) {
      if (other === first && size < 2) continue;
      const after = new Map(before);
      after.set(first, after.get(first)! - 1);
      after.set(other, after.get(other)! - 1);
      const mixed = (other === first ? 0 : 1) + maxMixed(after);
      if (mixed < best) continue;
      const score = preference(first, other) * 1000 + size;
      if (score > choiceScore) {
        choice = other;
        choiceScore = score;
      }
    }
    const a = queues.get(first)!.shift()!;
    const b = queues.get(choice)!.shift()!;
    // The carer is interviewed first: their story opens the pair.
    pairs.push(b.group === 'carer' && a.group !== 'carer' ? [b, a] : [a, b]);
  }
  const rest = [...queues.values()].flat();
  if (rest.length === 0) return pairs.map(ids);
  if (pairs.length === 0) return [ids(rest)];
  // The odd one out joins a pair, preferably one with nobody of their own group.
  const odd = rest[0]!;
  const target = pairs.find((pair) => pair.every((p) => p.group !== odd.group)) ?? pairs[pairs.length - 1]!;
  target.push(odd);
  return pairs.map(ids);
}

/**
 * Adds people who came in after the round was made: they pair with each other (mixed as
 * above); one left over joins a pair as its third, preferably a pair without their group.
 * Only when there is no pair at all does someone join a trio.
 */
export function addLateJoiners(groups: readonly (readonly string[])[], late: readonly Interviewee[], groupOf: (id: string) => GroupId | undefined): string[][] {
  const placed = new Set(groups.flat());
  const fresh = late.filter((p) => !placed.has(p.id));
  const out = groups.map((g) => [...g]);
  if (fresh.length === 0) return out;
  const made = fresh.length >= 2 ? pairInterviews(fresh) : [[fresh[0]!.id]];
  const alone = made.find((g) => g.length === 1);
  out.push(...made.filter((g) => g.length > 1));
  if (!alone) return out;
  const id = alone[0]!;
  const group = groupOf(id) ?? fresh.find((p) => p.id === id)?.group;
  const smallest = Math.min(...out.map((g) => g.length));
  const candidates = out.filter((g) => g.length === smallest);
  if (candidates.length === 0) return [[id]];
  const target = candidates.find((g) => g.every((member) => groupOf(member) !== group)) ?? candidates[candidates.length - 1]!;
  target.push(id);
  return out;
}

/** The person this one interviews (the next in their ring), or null when alone or not in the round. */
export function intervieweeOf(groups: readonly (readonly string[])[], id: string): string | null {
  for (const g of groups) {
    const i = g.indexOf(id);
    if (i >= 0) return g.length > 1 ? g[(i + 1) % g.length]! : null;
  }
  return null;
}

/** The person who interviews this one (the previous in their ring). */
export function interviewerOf(groups: readonly (readonly string[])[], id: string): string | null {
  for (const g of groups) {
    const i = g.indexOf(id);
    if (i >= 0) return g.length > 1 ? g[(i + g.length - 1) % g.length]! : null;
  }
  return null;
}

/** The interviewer speaking in a turn, or null when this group has had all its turns. */
export function interviewerInTurn(group: readonly string[], turn: number): string | null {
  return group.length > 1 && turn < group.length ? group[turn]! : null;
}

/** Moves two people: each takes the other's place (in another group or the same one). */
export function swapPeople(groups: readonly (readonly string[])[], a: string, b: string): string[][] {
  return groups.map((g) => g.map((id) => (id === a ? b : id === b ? a : id)));
}

const ids = (group: readonly Interviewee[]): string[] => group.map((p) => p.id);
