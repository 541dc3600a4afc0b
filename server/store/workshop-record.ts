// The stored form of what the server decides for a workshop. It lives with the store,
// which keeps it; workshops/ reads and changes it, and store/ imports nothing from there.
import type { TimerState } from '../../shared/room.js';
import type { WorkshopSettings } from '../../shared/settings.js';
import type { InterviewRound } from '../../shared/interviews.js';

/** The workshop's settings (shared/settings.ts) and what only the server keeps. */
export interface WorkshopRecord extends WorkshopSettings {
  id: string;
  createdAt: number;
  lastActivityAt: number;
  joinCode: string;
  /** sha256 of the facilitator and projector tokens; kept to delete them with the workshop. */
  tokenHashes: string[];
  timer: TimerState;
  /** What the screens show at the moment (RoomState, not settings: not exported); absent in records stored before they existed. */
  resultsShown?: boolean;
  joinPanelHidden?: boolean;
  mapShown?: boolean;
  finished?: boolean;
  /** The series (shared/series.ts) this meeting belongs to, if any; not a setting, so not exported. */
  seriesId?: string;
  /** The paired interview round, while there is one; absent in older records. */
  interviews?: InterviewRound | null;
  /** Participants who marked the current step done; cleared when the step changes. */
  done: string[];
}
