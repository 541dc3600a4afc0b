// How the stored workshop record is shown to devices: as a RoomState.
import type { RoomState } from '../../shared/room.js';
import { pickSettings } from '../../shared/settings.js';
import { TEMPLATES } from '../../shared/steps.js';
import type { WorkshopRecord } from '../store/workshop-record.js';

export function toRoomState(record: WorkshopRecord, joinUrl: string, retentionMs: number, now: number): RoomState {
  const settings = pickSettings(record);
  return {
    ...settings,
    // Records stored before the review step existed have no text for it: the template's.
    stepContent: { ...TEMPLATES[record.template].steps, ...settings.stepContent },
    workshopId: record.id,
    joinCode: record.joinCode,
    joinUrl,
    timer: record.timer,
    // records stored before these existed read as false
    resultsShown: record.resultsShown === true,
    joinPanelHidden: record.joinPanelHidden === true,
    mapShown: record.mapShown === true,
    finished: record.finished === true,
    interviews: record.interviews ?? null,
    // the drafts live in Yjs documents, not in the record: the room endpoint fills this in
    unrevealedNotes: 0,
    expiresAt: record.lastActivityAt + retentionMs,
    serverNow: now,
  };
}
