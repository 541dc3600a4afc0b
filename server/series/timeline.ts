// The series as data: its meetings in order, and every action with its status and note
// per meeting. Actions keep their id from meeting to meeting (carry-over.ts), so an
// action's history is read from the meetings it appears in, not kept as copies. The
// series page and the series report are built on this; it reads plain snapshots only.
import type { GroupId } from '../../shared/groups.js';
import { actionStatus } from '../../shared/board-fields.js';
import type { ActionTimeline, SeriesMeeting, SeriesTimelineView } from '../../shared/series.js';
import type { SnapshotParticipant, WorkshopSnapshot } from '../../shared/snapshot.js';

/** One meeting of the series: its workshop id and what its export would hold. */
export interface MeetingSnapshot {
  id: string;
  snapshot: WorkshopSnapshot;
}

/** People present per stakeholder group, and the expected groups nobody came from. */
export function presence(participants: readonly Pick<SnapshotParticipant, 'group'>[], expected: readonly GroupId[]): Pick<SeriesMeeting, 'present' | 'missing'> {
  const present: Partial<Record<GroupId, number>> = {};
  for (const p of participants) present[p.group] = (present[p.group] ?? 0) + 1;
  return { present, missing: expected.filter((group) => !present[group]) };
}

export function meetingSummary(id: string, snapshot: Pick<WorkshopSnapshot, 'createdAt' | 'room' | 'participants'>, expected: readonly GroupId[]): SeriesMeeting {
  return {
    id,
    title: snapshot.room.title,
    date: snapshot.createdAt,
    place: snapshot.room.place,
    ...presence(snapshot.participants, expected),
    reportPath: `/api/workshops/${id}/export.pdf`,
  };
}

/**
 * Meetings oldest first (as given), and every action of any meeting in the order it first
 * appeared, with one history slot per meeting: its status and note there, or null where
 * the meeting does not hold it (before it was made, or after it was done and not carried).
 * What an action says (text, owner, due date) is its latest meeting's.
 */
export function seriesTimeline(meetings: readonly MeetingSnapshot[], expectedGroups: readonly GroupId[]): SeriesTimelineView {
  const actions = new Map<string, ActionTimeline>();
  meetings.forEach(({ id: meetingId, snapshot }, index) => {
    for (const action of snapshot.actions) {
      let line = actions.get(action.id);
      if (!line) {
        line = { id: action.id, what: '', owner: '', due: '', origin: action.origin ?? meetingId, history: meetings.map(() => null) };
        actions.set(action.id, line);
      }
      Object.assign(line, { what: action.what, owner: action.owner, due: action.due });
      line.history[index] = { meetingId, status: actionStatus(action), note: action.statusNote ?? '' };
    }
  });
  return {
    meetings: meetings.map(({ id, snapshot }) => meetingSummary(id, snapshot, expectedGroups)),
    actions: [...actions.values()],
  };
}
