// What each socket.io command does to the room. The server is the authority: every
// handler gets a payload already validated against shared/room.ts and a checked role.
import type { CommandName, CommandPayload } from '../../shared/room.js';
import type { WorkshopRecord } from '../workshops/record.js';
import { UserError } from '../workshops/errors.js';

export interface CommandContext {
  participantId: string | null;
  now: number;
}

type Change<K extends CommandName> = (record: WorkshopRecord, payload: CommandPayload<K>, ctx: CommandContext) => void;

/** Commands that change the workshop record; participant:remove is handled by the endpoint. */
export const recordCommands: { [K in Exclude<CommandName, 'participant:remove'>]: Change<K> } = {
  'step:set': (record, { step }) => {
    if (!record.enabledSteps.includes(step)) throw new UserError(400, `The step "${step}" is not used in this workshop.`);
    if (record.step === step) return;
    moveTo(record, step);
  },
  'workshop:update': (record, patch) => {
    const { stepContent, ...rest } = patch;
    Object.assign(record, rest);
    if (stepContent) Object.assign(record.stepContent, stepContent);
    if (patch.enabledSteps) {
      // Keep the canonical order whatever order the facilitator ticked them in.
      const chosen = new Set(patch.enabledSteps);
      record.enabledSteps = (['checkin', 'discover', 'dream', 'design', 'deliver'] as const).filter((s) => chosen.has(s));
      if (!record.enabledSteps.includes(record.step)) moveTo(record, record.enabledSteps[0] ?? record.step);
    }
  },
  'voting:set': (record, { open, dotsPerParticipant }) => {
    record.voting = { open, dotsPerParticipant: dotsPerParticipant ?? record.voting.dotsPerParticipant };
    // closing keeps the results on screen: the room reads them once voting is over
    if (open) record.resultsShown = true;
  },
  'timer:set': (record, payload, { now }) => {
    record.timer =
      payload.action === 'start'
        ? { endsAt: now + payload.seconds * 1000, durationMs: payload.seconds * 1000 }
        : { endsAt: null, durationMs: record.timer.durationMs };
  },
  'writing:set': (record, { privateWriting }) => {
    record.privateWriting = privateWriting;
  },
  'anonymity:set': (record, { anonymous }) => {
    record.anonymous = anonymous;
  },
  'lock:set': (record, { locked }) => {
    record.locked = locked;
  },
  'join-panel:set': (record, { hidden }) => {
    record.joinPanelHidden = hidden;
  },
  'workshop:finish': (record, { finished }) => {
    record.finished = finished;
  },
  'pace:done': (record, { done }, { participantId }) => {
    if (!participantId) throw new UserError(403, 'Only participants mark themselves done.');
    const others = record.done.filter((id) => id !== participantId);
    record.done = done ? [...others, participantId] : others;
  },
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
