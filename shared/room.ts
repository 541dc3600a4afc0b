// What the server decides for a room and sends to every device over socket.io.
import { z } from 'zod';
import { STEP_IDS, type StepContents, type StepId, type TemplateId } from './steps.js';
import { GROUP_IDS, type GroupId } from './groups.js';
import { LIMITS } from './limits.js';
import type { Language } from './i18n/language.js';
import type { Role } from './roles.js';

export interface TimerState {
  /** Server clock (ms) when the running timer ends; null when not running. */
  endsAt: number | null;
  durationMs: number;
}

export interface VotingState {
  open: boolean;
  dotsPerParticipant: number;
}

export interface RoomState {
  workshopId: string;
  title: string;
  language: Language;
  horizonYear: number;
  template: TemplateId;
  place: string;
  facilitatorName: string;
  joinCode: string;
  /** The address phones open, on the machine's LAN address where there is one. */
  joinUrl: string;
  step: StepId;
  enabledSteps: StepId[];
  stepContent: StepContents;
  voting: VotingState;
  timer: TimerState;
  /** Private writing: notes stay on their author's device until revealed. */
  privateWriting: boolean;
  anonymous: boolean;
  locked: boolean;
  participantsCanGroup: boolean;
  expectedGroups: GroupId[];
  /** When the workshop and everything in it will be deleted unless it is used again (AVG/GDPR retention). */
  expiresAt: number;
  /** Server clock at send time, so devices can correct their own clock for the timer. */
  serverNow: number;
}

export interface RosterEntry {
  id: string;
  name: string;
  group: GroupId;
  online: boolean;
  done: boolean;
}

export interface Roster {
  participants: RosterEntry[];
  facilitatorsOnline: number;
  projectorsOnline: number;
}

export interface Welcome {
  role: Role;
  participantId: string | null;
}

export type Ack = { ok: true } | { ok: false; error: string };

const localText = z.object({ nl: z.string().max(LIMITS.stepText), en: z.string().max(LIMITS.stepText) });
const stepContent = z.object({ question: localText, instruction: localText });

export const schemas = {
  'step:set': z.object({ step: z.enum(STEP_IDS) }).strict(),
  'workshop:update': z
    .object({
      title: z.string().trim().min(1).max(LIMITS.title),
      horizonYear: z.number().int().min(2000).max(2100),
      language: z.enum(['nl', 'en']),
      place: z.string().max(LIMITS.title),
      facilitatorName: z.string().max(LIMITS.title),
      enabledSteps: z.array(z.enum(STEP_IDS)).min(1).max(STEP_IDS.length),
      stepContent: z.partialRecord(z.enum(STEP_IDS), stepContent),
      participantsCanGroup: z.boolean(),
      expectedGroups: z.array(z.enum(GROUP_IDS)).max(GROUP_IDS.length),
    })
    .partial()
    .strict(),
  'voting:set': z.object({ open: z.boolean(), dotsPerParticipant: z.number().int().min(1).max(LIMITS.dotsPerParticipant).optional() }).strict(),
  'timer:set': z.union([
    z.object({ action: z.literal('start'), seconds: z.number().int().min(5).max(3 * 3600) }).strict(),
    z.object({ action: z.literal('stop') }).strict(),
  ]),
  'writing:set': z.object({ privateWriting: z.boolean() }).strict(),
  'anonymity:set': z.object({ anonymous: z.boolean() }).strict(),
  'lock:set': z.object({ locked: z.boolean() }).strict(),
  'pace:done': z.object({ done: z.boolean() }).strict(),
  'participant:remove': z.object({ participantId: z.string().min(1).max(64) }).strict(),
} as const;

export type CommandName = keyof typeof schemas;
export type CommandPayload<K extends CommandName> = z.infer<(typeof schemas)[K]>;

export type ClientToServerEvents = {
  [K in CommandName]: (payload: CommandPayload<K>, ack: (result: Ack) => void) => void;
};

export interface ServerToClientEvents {
  welcome: (welcome: Welcome) => void;
  state: (state: RoomState) => void;
  roster: (roster: Roster) => void;
  /** Sent to a removed participant just before the server disconnects them. */
  removed: () => void;
}

/** Commands a participant may send; everything else needs the facilitator. */
export const PARTICIPANT_COMMANDS: readonly CommandName[] = ['pace:done'];
