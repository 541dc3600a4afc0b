// Every socket.io command and everything it does: the change to the workshop record, and
// what follows it (the reveal, a new roster, a participant's removal). The server is the
// authority: each command gets a payload already validated against shared/room.ts and a
// sender whose role may send it (socket-endpoint.ts).
import { STEP_IDS } from '../../shared/steps.js';
import type { CommandName, CommandPayload } from '../../shared/room.js';
import type { WorkshopRecord } from '../store/workshop-record.js';
import type { GroupId } from '../../shared/groups.js';
import { UserError } from '../workshops/errors.js';
import { interviewCommands } from './interview-commands.js';

/** What a command may do beyond its own payload; bound to the sender's workshop. */
export interface CommandContext {
  /** The sender, when a participant. */
  participantId: string | null;
  now: number;
  /** Changes the workshop record and stores it (serialised per workshop). */
  changeRecord(change: (record: WorkshopRecord) => void): Promise<unknown>;
  /** Sends the stored record to every device of the workshop. */
  publishState(): void;
  /** Sends a new roster soon (throttled). */
  publishRoster(): void;
  /** Moves the private drafts onto the board. */
  reveal(): Promise<unknown>;
  /** Revokes a participant's token and disconnects them on both channels. */
  removeParticipant(participantId: string): Promise<void>;
  /** The workshop's participants (not removed) and whether they are connected now. */
  participants(): Promise<{ id: string; group: GroupId; online: boolean }[]>;
}

type Command<K extends CommandName> = (payload: CommandPayload<K>, ctx: CommandContext) => Promise<void>;
type Change<K extends CommandName> = (record: WorkshopRecord, payload: CommandPayload<K>, ctx: CommandContext) => void;

/**
 * A command that changes the record: stored first, then `after` (which may change more),
 * then announced to every device.
 */
function recordChange<K extends CommandName>(change: Change<K>, after?: (payload: CommandPayload<K>, ctx: CommandContext) => Promise<unknown> | void): Command<K> {
  return async (payload, ctx) => {
    await ctx.changeRecord((record) => change(record, payload, ctx));
    await after?.(payload, ctx);
    ctx.publishState();
  };
}

/** Who is done, and whose names show, is part of the roster. */
const rosterChanges = (_payload: unknown, ctx: CommandContext) => ctx.publishRoster();

export const commands: { readonly [K in CommandName]: Command<K> } = {
  'step:set': recordChange((record, { step }) => {
    if (!record.enabledSteps.includes(step)) throw new UserError(400, `The step "${step}" is not used in this workshop.`);
    if (record.step === step) return;
    moveTo(record, step);
  }, rosterChanges),
  'workshop:update': recordChange((record, patch) => {
    const { stepContent, ...rest } = patch;
    Object.assign(record, rest);
    if (stepContent) Object.assign(record.stepContent, stepContent);
    if (patch.enabledSteps) {
      // Keep the canonical order whatever order the facilitator ticked them in.
      const chosen = new Set(patch.enabledSteps);
      record.enabledSteps = STEP_IDS.filter((s) => chosen.has(s));
      if (!record.enabledSteps.includes(record.step)) moveTo(record, record.enabledSteps[0] ?? record.step);
    }
  }),
  'voting:set': recordChange((record, { open, dotsPerParticipant }) => {
    record.voting = { open, dotsPerParticipant: dotsPerParticipant ?? record.voting.dotsPerParticipant };
    // closing keeps the results on screen: the room reads them once voting is over
    if (open) record.resultsShown = true;
  }),
  'timer:set': recordChange((record, payload, { now }) => {
    record.timer =
      payload.action === 'start'
        ? { endsAt: now + payload.seconds * 1000, durationMs: payload.seconds * 1000 }
        : { endsAt: null, durationMs: record.timer.durationMs };
  }),
  // Switching private writing off is the reveal: the drafts move before the new state goes out.
  'writing:set': recordChange(
    (record, { privateWriting }) => {
      record.privateWriting = privateWriting;
    },
    ({ privateWriting }, ctx) => (privateWriting ? undefined : ctx.reveal()),
  ),
  'anonymity:set': recordChange((record, { anonymous }) => {
    record.anonymous = anonymous;
  }, rosterChanges),
  'lock:set': recordChange((record, { locked }) => {
    record.locked = locked;
  }),
  'join-panel:set': recordChange((record, { hidden }) => {
    record.joinPanelHidden = hidden;
  }),
  'map:show': recordChange((record, { shown }) => {
    record.mapShown = shown;
  }),
  'workshop:finish': recordChange((record, { finished }) => {
    record.finished = finished;
  }),
  'pace:done': recordChange((record, { done }, { participantId }) => {
    if (!participantId) throw new UserError(403, 'Only participants mark themselves done.');
    const others = record.done.filter((id) => id !== participantId);
    record.done = done ? [...others, participantId] : others;
  }, rosterChanges),
  'participant:remove': async ({ participantId }, ctx) => {
    await ctx.removeParticipant(participantId);
    ctx.publishRoster();
  },
  ...interviewCommands,
};

/** A new step starts with nobody done, voting closed, no results shown, no timer running, and the workshop not finished. */
function moveTo(record: WorkshopRecord, step: WorkshopRecord['step']): void {
  record.step = step;
  record.resultsShown = false;
  record.finished = false;
  record.done = [];
  record.voting = { ...record.voting, open: false };
  record.timer = { endsAt: null, durationMs: record.timer.durationMs };
}
