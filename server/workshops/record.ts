// How the stored workshop record is shown to devices: as a RoomState.
import type { RoomState } from '../../shared/room.js';
import type { WorkshopRecord } from '../store/workshop-record.js';

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
    anonymous: record.anonymous,
    locked: record.locked,
    participantsCanGroup: record.participantsCanGroup,
    expectedGroups: record.expectedGroups,
    expiresAt: record.lastActivityAt + retentionMs,
    serverNow: now,
  };
}
