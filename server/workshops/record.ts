// The stored form of what the server decides for a workshop, and how it is shown
// to devices as a RoomState.
import type { RoomState, TimerState, VotingState } from '../../shared/room.js';
import type { StepContents, StepId, TemplateId } from '../../shared/steps.js';
import type { GroupId } from '../../shared/groups.js';
import type { Language } from '../../shared/i18n/language.js';

export interface WorkshopRecord {
  id: string;
  createdAt: number;
  lastActivityAt: number;
  joinCode: string;
  /** sha256 of the facilitator and projector tokens; kept to delete them with the workshop. */
  tokenHashes: string[];
  title: string;
  language: Language;
  horizonYear: number;
  template: TemplateId;
  place: string;
  facilitatorName: string;
  step: StepId;
  enabledSteps: StepId[];
  stepContent: StepContents;
  voting: VotingState;
  timer: TimerState;
  privateWriting: boolean;
  anonymous: boolean;
  locked: boolean;
  participantsCanGroup: boolean;
  expectedGroups: GroupId[];
  /** Participants who marked the current step done; cleared when the step changes. */
  done: string[];
}

export function toRoomState(record: WorkshopRecord, joinUrl: string, retentionMs: number, now: number): RoomState {
  return {
    workshopId: record.id,
    title: record.title,
    language: record.language,
    horizonYear: record.horizonYear,
    template: record.template,
    place: record.place,
    facilitatorName: record.facilitatorName,
    joinCode: record.joinCode,
    joinUrl,
    step: record.step,
    enabledSteps: record.enabledSteps,
    stepContent: record.stepContent,
    voting: record.voting,
    timer: record.timer,
    privateWriting: record.privateWriting,
    // the drafts live in Yjs documents, not in the record: the room endpoint fills this in
    unrevealedNotes: 0,
    anonymous: record.anonymous,
    locked: record.locked,
    participantsCanGroup: record.participantsCanGroup,
    expectedGroups: record.expectedGroups,
    expiresAt: record.lastActivityAt + retentionMs,
    serverNow: now,
  };
}
