// socket.io: what the server decides (step, voting, timer, reveal, anonymity, lock,
// pace, roster). A device authenticates with its token; every command is validated,
// checked against the sender's role, stored, and then announced to the room.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import {
  PARTICIPANT_COMMANDS,
  schemas,
  type Ack,
  type ClientToServerEvents,
  type CommandName,
  type RoomState,
  type ServerToClientEvents,
} from '../../shared/room.js';
import type { Workshops } from '../workshops/workshops.js';
import type { Grant } from '../auth/authenticate.js';
import type { WorkshopRecord } from '../store/workshop-record.js';
import { UserError } from '../workshops/errors.js';
import { commands, type CommandContext } from './commands.js';
import { buildRoster } from './roster.js';
import { PresenceTracker } from './presence.js';

interface SocketData {
  grant: Grant;
}

type RoomSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const ROSTER_THROTTLE_MS = 200;

export interface RoomEndpoint {
  io: Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
  /** Announces the current record to every device of the workshop. */
  publishState(workshopId: string): void;
  publishRoster(workshopId: string): void;
  disconnect(workshopId: string, participantId: string | null): void;
}

export function createRoomEndpoint(deps: {
  httpServer: HttpServer;
  workshops: Workshops;
  maxMessageBytes: number;
  onParticipantRemoved: (workshopId: string, participantId: string) => void;
  /** Moves private drafts onto the board; runs when private writing is switched off. */
  onReveal: (workshopId: string) => Promise<unknown>;
  /** Notes waiting in private-writing drafts (shown on the console and projector). */
  unrevealedNotes?: (workshopId: string) => number;
  /** A facilitator opened a console (the export worker warms up for the report). */
  onFacilitator?: (workshopId: string) => void;
}): RoomEndpoint {
  const { records, roomState, authenticate } = deps.workshops;
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(deps.httpServer, {
    maxHttpBufferSize: deps.maxMessageBytes,
    serveClient: false,
    // The Yjs endpoint shares the port; it answers its own upgrades (stack notes).
    destroyUpgrade: false,
  });
  const presence = new PresenceTracker();
  const rosterTimers = new Map<string, NodeJS.Timeout>();

  const roomOf = (id: string) => `w:${id}`;
  const facilitatorsOf = (id: string) => `f:${id}`;
  const othersOf = (id: string) => `o:${id}`;
  const participantRoom = (id: string, pid: string) => `p:${id}:${pid}`;

  const stateOf = (record: WorkshopRecord): RoomState => ({ ...roomState(record), unrevealedNotes: deps.unrevealedNotes?.(record.id) ?? 0 });

  function publishState(workshopId: string): void {
    const record = records.cached(workshopId);
    if (!record) return;
    io.to(roomOf(workshopId)).emit('state', stateOf(record));
  }

  async function sendRoster(workshopId: string): Promise<void> {
    const record = records.cached(workshopId);
    if (!record) return;
    const participants = await records.listParticipants(workshopId);
    const here = presence.in(workshopId);
    io.to(facilitatorsOf(workshopId)).emit('roster', buildRoster(record, participants, here, true));
    io.to(othersOf(workshopId)).emit('roster', buildRoster(record, participants, here, !record.anonymous));
  }

  /** Joins in a big room come in bursts; one roster per burst is enough. */
  function publishRoster(workshopId: string): void {
    if (rosterTimers.has(workshopId)) return;
    const timer = setTimeout(() => {
      rosterTimers.delete(workshopId);
      sendRoster(workshopId).catch((error: unknown) => console.error('[room] roster failed', error));
    }, ROSTER_THROTTLE_MS);
    rosterTimers.set(workshopId, timer);
  }

  io.use((socket, next) => {
    const auth: unknown = socket.handshake.auth;
    const token = typeof auth === 'object' && auth !== null ? (auth as { token?: unknown }).token : undefined;
    authenticate(token)
      .then((grant) => {
        if (!grant) return next(new Error('unknown token'));
        socket.data.grant = grant;
        next();
      })
      .catch((error: unknown) => next(error instanceof Error ? error : new Error('authentication failed')));
  });

  io.on('connection', (socket: RoomSocket) => {
    const { grant } = socket.data;
    const id = grant.workshopId;
    void socket.join([roomOf(id), grant.role === 'facilitator' ? facilitatorsOf(id) : othersOf(id)]);
    if (grant.participantId) void socket.join(participantRoom(id, grant.participantId));
    presence.arrived(grant);
    if (grant.role === 'facilitator') deps.onFacilitator?.(id);

    socket.emit('welcome', { role: grant.role, participantId: grant.participantId });
    const record = records.cached(id);
    if (record) socket.emit('state', stateOf(record));
    void sendRoster(id);

    for (const name of Object.keys(commands) as CommandName[]) {
      // The acknowledgement is the last argument, whatever came before it: a command sent
      // without a payload has its callback in the payload's place and is still answered.
      socket.on(name, (...args: unknown[]) => {
        const reply = typeof args.at(-1) === 'function' ? (args.pop() as (a: Ack) => void) : () => undefined;
        runCommand(socket, name, args[0]).then(
          () => reply({ ok: true }),
          (error: unknown) => {
            if (!(error instanceof UserError)) console.error(`[room] ${name} failed`, error);
            reply({ ok: false, error: error instanceof UserError ? error.message : 'The server could not do that.' });
          },
        );
      });
    }
    socket.onAny((event: string, ...args: unknown[]) => {
      if (Object.hasOwn(commands, event)) return;
      const ack = args[args.length - 1];
      if (typeof ack === 'function') (ack as (a: Ack) => void)({ ok: false, error: `Unknown event "${event}".` });
    });

    socket.on('disconnect', () => {
      presence.left(grant);
      publishRoster(id);
    });
  });

  async function runCommand(socket: RoomSocket, name: CommandName, payload: unknown): Promise<void> {
    const { grant } = socket.data;
    if (grant.role === 'projector') throw new UserError(403, 'The projector view is read-only.');
    if (grant.role === 'participant' && !PARTICIPANT_COMMANDS.includes(name)) {
      throw new UserError(403, 'Only the facilitator can do that.');
    }
    const parsed = schemas[name].safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UserError(400, `Invalid ${name}: ${issue ? `${issue.path.join('.') || 'payload'}: ${issue.message}` : 'bad payload'}`);
    }
    // The payload now matches its command's schema; the table's types say the same.
    const run = commands[name] as (payload: unknown, ctx: CommandContext) => Promise<void>;
    await run(parsed.data, commandContext(grant));
  }

  function commandContext(grant: Grant): CommandContext {
    const id = grant.workshopId;
    const now = Date.now();
    return {
      participantId: grant.participantId,
      now,
      changeRecord: (change) => records.update(id, change, now),
      publishState: () => publishState(id),
      publishRoster: () => publishRoster(id),
      reveal: () => deps.onReveal(id),
      async removeParticipant(participantId) {
        await records.removeParticipant(id, participantId);
        io.to(participantRoom(id, participantId)).emit('removed');
        io.in(participantRoom(id, participantId)).disconnectSockets(true);
        deps.onParticipantRemoved(id, participantId);
      },
      async participants() {
        const here = presence.in(id).participants;
        return (await records.listParticipants(id)).filter((p) => !p.removed).map((p) => ({ id: p.id, group: p.group, online: (here.get(p.id) ?? 0) > 0 }));
      },
    };
  }

  return {
    io,
    publishState,
    publishRoster,
    disconnect(workshopId, participantId) {
      const room = participantId ? participantRoom(workshopId, participantId) : roomOf(workshopId);
      io.in(room).disconnectSockets(true);
    },
  };
}
