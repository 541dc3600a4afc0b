// The stored form of what the server decides for a workshop. It lives with the store,
// which keeps it; workshops/ reads and changes it, and store/ imports nothing from there.
import type { TimerState, VotingState } from '../../shared/room.js';
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
