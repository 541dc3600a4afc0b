// What the server decides for a room and sends to every device over socket.io.
import { z } from 'zod';
import { STEP_IDS } from './steps.js';
import type { GroupId } from './groups.js';
import type { Role } from './roles.js';
import type { InterviewRound } from './interviews.js';
import { stepContentSchema, workshopSettings, type VotingState, type WorkshopSettings } from './settings.js';

export type { VotingState };

export interface TimerState {
  /** Server clock (ms) when the running timer ends; null when not running. */
  endsAt: number | null;
  durationMs: number;
}

/** The workshop's settings (shared/settings.ts) and what the server adds for devices. */
export interface RoomState extends WorkshopSettings {
  workshopId: string;
  joinCode: string;
  /** The address phones open, on the machine's LAN address where there is one. */
  joinUrl: string;
  timer: TimerState;
  /** Vote results stay on screen after voting closes, until the step changes. */
  resultsShown: boolean;
  /** The facilitator hid the join panel on the projector (everyone is in); its width goes to the board. */
  joinPanelHidden: boolean;
  /** The facilitator put the living social map on the projector (a view over any step, kept across steps). */
  mapShown: boolean;
  /** The facilitator finished the workshop: the projector shows the closing screen. Cleared by a step change. */
  finished: boolean;
  /** Notes written in private and not revealed yet (in participants' drafts), any step. */
  unrevealedNotes: number;
  /** When the workshop and everything in it will be deleted unless it is used again (AVG/GDPR retention). */
  expiresAt: number;
  /** The paired interview round, while there is one (shared/interviews.ts). */
  interviews: InterviewRound | null;
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

const setting = workshopSettings.shape;

export const schemas = {
  'step:set': z.object({ step: z.enum(STEP_IDS) }).strict(),
  'workshop:update': workshopSettings
    .pick({ title: true, horizonYear: true, language: true, place: true, facilitatorName: true, enabledSteps: true, participantsCanGroup: true, expectedGroups: true, interviewGuide: true, interviewMinutes: true })
    // Step texts are edited a step at a time.
    .extend({ stepContent: z.partialRecord(z.enum(STEP_IDS), stepContentSchema) })
    .partial()
    .strict(),
  'voting:set': setting.voting.partial({ dotsPerParticipant: true }).strict(),
  'timer:set': z.union([
    z.object({ action: z.literal('start'), seconds: z.number().int().min(5).max(3 * 3600) }).strict(),
    z.object({ action: z.literal('stop') }).strict(),
  ]),
  'writing:set': workshopSettings.pick({ privateWriting: true }).strict(),
  'anonymity:set': workshopSettings.pick({ anonymous: true }).strict(),
  'lock:set': workshopSettings.pick({ locked: true }).strict(),
  'pace:done': z.object({ done: z.boolean() }).strict(),
  'participant:remove': z.object({ participantId: z.string().min(1).max(64) }).strict(),
  'join-panel:set': z.object({ hidden: z.boolean() }).strict(),
  'workshop:finish': z.object({ finished: z.boolean() }).strict(),
  // Paired interviews (shared/interviews.ts): the server makes the pairs, the facilitator may swap people, then runs the turns.
  'interviews:propose': z.object({}).strict(),
  'interviews:swap': z.object({ a: z.string().min(1).max(64), b: z.string().min(1).max(64) }).strict(),
  // `seconds` overrides the workshop's minutes per turn for this turn (the console sends none).
  'interviews:start': z.object({ seconds: z.number().int().min(5).max(3600).optional() }).strict(),
  'interviews:turn': z.object({ seconds: z.number().int().min(5).max(3600).optional() }).strict(),
  'interviews:late': z.object({}).strict(),
  'interviews:end': z.object({}).strict(),
  'interviews:cancel': z.object({}).strict(),
  'map:show': z.object({ shown: z.boolean() }).strict(),
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
