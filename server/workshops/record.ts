// The stored form of what the server decides for a workshop, and how it is shown
// to devices as a RoomState.
import type { RoomState, TimerState } from '../../shared/room.js';
import { pickSettings, type WorkshopSettings } from '../../shared/settings.js';

/** The workshop's settings (shared/settings.ts) and what only the server keeps. */
export interface WorkshopRecord extends WorkshopSettings {
  id: string;
  createdAt: number;
  lastActivityAt: number;
  joinCode: string;
  /** sha256 of the facilitator and projector tokens; kept to delete them with the workshop. */
  tokenHashes: string[];
  timer: TimerState;
  /** Participants who marked the current step done; cleared when the step changes. */
  done: string[];
}

export function toRoomState(record: WorkshopRecord, joinUrl: string, retentionMs: number, now: number): RoomState {
  return {
    ...pickSettings(record),
    workshopId: record.id,
    joinCode: record.joinCode,
    joinUrl,
    timer: record.timer,
    expiresAt: record.lastActivityAt + retentionMs,
    serverNow: now,
  };
}
