// Who is in the room as devices see it: joined participants, who is connected now, who is done.
import type { Roster } from '../../shared/room.js';
import type { ParticipantRecord } from '../store/store.js';
import type { WorkshopRecord } from '../store/workshop-record.js';
import type { Presence } from './presence.js';

export function buildRoster(
  record: WorkshopRecord,
  participants: readonly ParticipantRecord[],
  presence: Presence,
  withNames: boolean,
): Roster {
  const done = new Set(record.done);
  return {
    participants: participants
      .filter((p) => !p.removed)
      .map((p) => ({
        id: p.id,
        name: withNames ? p.name : '',
        group: p.group,
        online: (presence.participants.get(p.id) ?? 0) > 0,
        done: done.has(p.id),
      })),
    facilitatorsOnline: presence.facilitators,
    projectorsOnline: presence.projectors,
  };
}
