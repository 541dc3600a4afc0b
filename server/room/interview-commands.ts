// The facilitator's commands for a paired interview round (shared/interviews.ts): the
// server makes the pairs from who is in the room, the facilitator may swap people before
// starting, then runs the turns ("swap roles") and ends the round, which shows the
// interview notes to the room.
import type { CommandName, CommandPayload } from '../../shared/room.js';
import { DEFAULT_INTERVIEW_MINUTES, turnsFor, type InterviewRound } from '../../shared/interviews.js';
import { addLateJoiners, pairInterviews, swapPeople } from '../../shared/interview-pairs.js';
import type { WorkshopRecord } from '../store/workshop-record.js';
import { UserError } from '../workshops/errors.js';
import type { CommandContext } from './commands.js';

type InterviewCommand = Extract<CommandName, `interviews:${string}`>;
type Command<K extends CommandName> = (payload: CommandPayload<K>, ctx: CommandContext) => Promise<void>;

/** Changes the round on the stored record, then tells every device. */
function roundChange<K extends InterviewCommand>(
  change: (record: WorkshopRecord, payload: CommandPayload<K>, ctx: CommandContext, people: Present[]) => void,
): Command<K> {
  return async (payload, ctx) => {
    const people = await ctx.participants();
    await ctx.changeRecord((record) => change(record, payload, ctx, people.filter((p) => p.online)));
    ctx.publishState();
  };
}

type Present = Awaited<ReturnType<CommandContext['participants']>>[number];

const turnMs = (record: WorkshopRecord) => (record.interviewMinutes ?? DEFAULT_INTERVIEW_MINUTES) * 60_000;

function roundOf(record: WorkshopRecord, ...phases: InterviewRound['phase'][]): InterviewRound {
  const round = record.interviews;
  if (!round) throw new UserError(409, 'There is no interview round.');
  if (!phases.includes(round.phase)) throw new UserError(409, `The interview round is ${round.phase}.`);
  return round;
}

export const interviewCommands: { readonly [K in InterviewCommand]: Command<K> } = {
  'interviews:propose': roundChange((record, _payload, { now }, online) => {
    if (record.interviews?.phase === 'running') throw new UserError(409, 'End the running interview round first.');
    if (online.length < 2) throw new UserError(409, 'At least two participants must be online to make pairs.');
    const groups = pairInterviews(online);
    record.interviews = { phase: 'proposed', groups, turn: 0, turns: turnsFor(groups), turnMs: turnMs(record), endsAt: null, createdAt: now };
  }),
  'interviews:swap': roundChange((record, { a, b }) => {
    const round = roundOf(record, 'proposed');
    const placed = new Set(round.groups.flat());
    if (!placed.has(a) || !placed.has(b)) throw new UserError(400, 'Both people must be in the interview round.');
    round.groups = swapPeople(round.groups, a, b);
  }),
  'interviews:start': roundChange((record, { seconds }, { now }) => {
    const round = roundOf(record, 'proposed');
    round.phase = 'running';
    round.turn = 0;
    round.turnMs = seconds ? seconds * 1000 : turnMs(record);
    round.endsAt = now + round.turnMs;
  }),
  // "Swap roles": the next interviewer of every group asks the questions.
  'interviews:turn': roundChange((record, { seconds }, { now }) => {
    const round = roundOf(record, 'running');
    if (round.turn + 1 >= round.turns) throw new UserError(409, 'Every turn has been had; end the round.');
    round.turn += 1;
    if (seconds) round.turnMs = seconds * 1000;
    round.endsAt = now + round.turnMs;
  }),
  'interviews:late': roundChange((record, _payload, _ctx, online) => {
    const round = roundOf(record, 'proposed', 'running');
    const groupOf = new Map(online.map((p) => [p.id, p.group]));
    const placed = new Set(round.groups.flat());
    const late = online.filter((p) => !placed.has(p.id));
    if (late.length === 0) throw new UserError(409, 'Everyone who is online already has a partner.');
    round.groups = addLateJoiners(round.groups, late, (id) => groupOf.get(id));
    round.turns = turnsFor(round.groups);
  }),
  'interviews:end': roundChange((record) => {
    const round = roundOf(record, 'proposed', 'running');
    round.phase = 'ended';
    round.endsAt = null;
  }),
  'interviews:cancel': roundChange((record) => {
    record.interviews = null;
  }),
};
