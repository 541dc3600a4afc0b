// What the Yjs endpoint checks about an incoming update before it touches the document,
// in order. The first check that objects decides what happens: the update is dropped, or
// the connection is closed with that check's code (docs/protocol.md lists them). The two
// checks that keep state (client-id owners, the note rate) come last, so an update that
// an earlier check refuses claims no client id and spends no note.
import * as Y from 'yjs';
import type { Limits } from '../config.js';
import type { Grant } from '../auth/authenticate.js';
import type { WorkshopRecord } from '../store/workshop-record.js';
import { authorizeUpdate } from './authorize.js';
import { CLOSE, type CloseCode } from '../../shared/protocol.js';
import { createdInterviewNoteCount, createdNoteCount, type DecodedUpdate } from './new-notes.js';
import { intervieweeOf } from '../../shared/interview-pairs.js';
import { NoteRateLimiter } from './note-rate.js';

/** The document an update would change, as the checks see it. */
export interface TargetDoc {
  readonly id: string;
  readonly doc: Y.Doc;
  /** Claims the update's client ids for `owner`, or names the first that is someone else's. */
  claimClientIds(update: Uint8Array, owner: string): { ok: true } | { ok: false; clientId: number };
}

export interface IncomingUpdate {
  update: Uint8Array;
  /** Null when the update does not decode. */
  decoded: DecodedUpdate | null;
  /** Notes the update creates (none when it does not decode). */
  createdNotes: number;
  /** Of those, interview notes written about a partner: they go to the board during private writing too. */
  createdInterviewNotes?: number;
  grant: Grant;
  record: WorkshopRecord;
  target: TargetDoc;
}

export interface UpdateCheck {
  readonly name: string;
  /** What becomes of an update this check objects to. */
  readonly outcome: 'drop' | CloseCode;
  /** Why the update may not pass, or null to hand it to the next check. */
  readonly objection: (incoming: IncomingUpdate) => string | null;
}

export interface Objection {
  check: string;
  outcome: 'drop' | CloseCode;
  reason: string;
}

export function updateChecks(limits: Limits): readonly UpdateCheck[] {
  const noteRate = new NoteRateLimiter(limits.notesPerParticipantPerMinute);
  return [
    {
      name: 'decodes',
      outcome: CLOSE.badMessage,
      objection: ({ decoded }) => (decoded ? null : 'malformed update'),
    },
    {
      // A projector's provider still answers sync messages; what it sends is simply not used.
      name: 'projector reads only',
      outcome: 'drop',
      objection: ({ grant, decoded }) => (grant.role === 'projector' && decoded && !isEmpty(decoded) ? 'the projector is read-only' : null),
    },
    {
      // A gap in the sender's own history: its earlier updates were lost with a connection
      // (a node that went away, see docs/scaling.md) and it wrote again before its resync
      // reply arrived. Reconnecting resyncs the gap first; a stock client retries 4500.
      name: 'in order',
      outcome: CLOSE.slowConsumer,
      objection: ({ update, target }) => {
        const { from } = Y.parseUpdateMeta(update);
        // Per client, not a whole state vector: a workshop of 300 devices has 300 clients.
        for (const [client, clock] of from) {
          if (clock > Y.getState(target.doc.store, client)) return `updates of client ${client} before clock ${clock} have not arrived`;
        }
        return null;
      },
    },
    {
      name: 'role rules',
      outcome: CLOSE.refused,
      objection: ({ target, update, grant, record }) => {
        const verdict = authorizeUpdate(target.doc, update, grant, {
          votingOpen: record.voting.open,
          dotsPerParticipant: record.voting.dotsPerParticipant,
          participantsCanGroup: record.participantsCanGroup,
          interviewee: writingAbout(record, grant.participantId),
        });
        return verdict.ok ? null : verdict.reason;
      },
    },
    {
      // New notes go to the participant's draft while private writing lasts, never straight to the board.
      // Interview notes are the exception: the partner they are about must see them at once.
      name: 'private writing',
      outcome: CLOSE.refused,
      objection: ({ grant, record, target, createdNotes, createdInterviewNotes = 0 }) =>
        grant.participantId && record.privateWriting && target.id === grant.workshopId && createdNotes - createdInterviewNotes > 0
          ? 'new notes go to the draft during private writing'
          : null,
    },
    {
      name: 'client id owner',
      outcome: CLOSE.refused,
      objection: ({ target, update, grant }) => {
        const claim = target.claimClientIds(update, grant.participantId ? `p:${grant.participantId}` : grant.role);
        return claim.ok ? null : `Yjs client id ${claim.clientId} belongs to another device`;
      },
    },
    {
      // Deferred, not refused: the device keeps its notes and sends them again after its backoff.
      name: 'note rate',
      outcome: CLOSE.slowConsumer,
      objection: ({ grant, createdNotes }) =>
        grant.participantId && !noteRate.admit(grant.participantId, createdNotes) ? 'too many notes; retrying shortly' : null,
    },
  ];
}

/** The first objection to an update, in the order of the checks; null when it may be applied. */
export function firstObjection(checks: readonly UpdateCheck[], incoming: IncomingUpdate): Objection | null {
  for (const check of checks) {
    const reason = check.objection(incoming);
    if (reason !== null) return { check: check.name, outcome: check.outcome, reason };
  }
  return null;
}

/** Decodes an update for the checks; null when it does not decode. */
export function readUpdate(update: Uint8Array): { decoded: DecodedUpdate | null; createdNotes: number; createdInterviewNotes: number } {
  try {
    const decoded = Y.decodeUpdate(update);
    return { decoded, createdNotes: createdNoteCount(decoded), createdInterviewNotes: createdInterviewNoteCount(decoded) };
  } catch {
    return { decoded: null, createdNotes: 0, createdInterviewNotes: 0 };
  }
}

/** Whom a participant may write interview notes about: their partner, while the round runs. */
function writingAbout(record: WorkshopRecord, participantId: string | null): string | null {
  const round = record.interviews;
  if (!participantId || !round || round.phase !== 'running') return null;
  return intervieweeOf(round.groups, participantId);
}

function isEmpty(decoded: DecodedUpdate): boolean {
  return decoded.structs.length === 0 && decoded.ds.clients.size === 0;
}
