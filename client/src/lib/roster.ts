// Reading the roster: who is in the room, per group, and who is still writing.
import { GROUP_IDS, type GroupId } from '../../../shared/groups';
import type { Roster, RosterEntry } from '../../../shared/room';

export type GroupCount = Partial<Record<GroupId, number>>;

export function countByGroup(entries: readonly RosterEntry[]): GroupCount {
  const counts: GroupCount = {};
  for (const e of entries) counts[e.group] = (counts[e.group] ?? 0) + 1;
  return counts;
}

export interface Pace {
  ready: number;
  total: number;
  /** Online participants not yet done, per group. */
  waiting: GroupCount;
}

/** "7 of 9 ready": counts online participants (anyone offline cannot hold the room up). */
export function paceOf(roster: Roster | null): Pace {
  const online = roster?.participants.filter((p) => p.online) ?? [];
  return {
    ready: online.filter((p) => p.done).length,
    total: online.length,
    waiting: countByGroup(online.filter((p) => !p.done)),
  };
}

export function orderedGroups(counts: GroupCount): GroupId[] {
  return GROUP_IDS.filter((g) => (counts[g] ?? 0) > 0);
}
