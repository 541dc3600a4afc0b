// The persistence boundary. The embedded default is LevelDB (classic-level); a
// deployment that outgrows one machine implements this interface on PostgreSQL.
import type { GroupId } from '../../shared/groups.js';
import type { WorkshopRecord } from './workshop-record.js';
import type { SeriesRecord } from './series-record.js';
import type { Role } from '../../shared/roles.js';

export interface TokenGrant {
  workshopId: string;
  role: Role;
  participantId: string | null;
}

export interface ParticipantRecord {
  id: string;
  name: string;
  group: GroupId;
  joinedAt: number;
  removed: boolean;
  /** sha256 of the participant's token, so removing them can revoke it. */
  tokenHash: string;
}

export interface Store {
  getWorkshop(id: string): Promise<WorkshopRecord | null>;
  putWorkshop(record: WorkshopRecord): Promise<void>;
  /**
   * Reads, changes and writes a workshop record as one step against every other writer
   * (other nodes included); null when the workshop does not exist.
   */
  updateWorkshop(id: string, change: (current: WorkshopRecord) => WorkshopRecord): Promise<WorkshopRecord | null>;
  listWorkshopIds(): Promise<string[]>;
  /** Atomically claims a join code; false when it is taken. */
  claimJoinCode(code: string, workshopId: string): Promise<boolean>;
  workshopForCode(code: string): Promise<string | null>;

  putToken(tokenHash: string, grant: TokenGrant): Promise<void>;
  getToken(tokenHash: string): Promise<TokenGrant | null>;

  putParticipant(workshopId: string, participant: ParticipantRecord): Promise<void>;
  listParticipants(workshopId: string): Promise<ParticipantRecord[]>;

  /**
   * Appends Yjs updates durably, in order. With a fence (see `leases`), the store refuses
   * them with `FencedError` unless the fence's epoch is still the document's current one.
   */
  appendUpdates(workshopId: string, updates: Uint8Array[], fence?: Fence): Promise<void>;
  readUpdates(workshopId: string): Promise<Uint8Array[]>;
  /** Replaces every stored update of the workshop with one merged update (fenced like appendUpdates). */
  replaceUpdates(workshopId: string, merged: Uint8Array, fence?: Fence): Promise<void>;

  /** Which owner (see yjs/client-ids.ts) first wrote under each Yjs client id of a document. */
  readClientOwners(docName: string): Promise<Map<number, string>>;
  /** Records new client id owners of a document; existing entries are not changed. */
  putClientOwners(docName: string, owners: Map<number, string>): Promise<void>;

  /** Participants with a stored draft document in this workshop (private writing). */
  listDraftOwners(workshopId: string): Promise<string[]>;

  getSeries(id: string): Promise<SeriesRecord | null>;
  putSeries(record: SeriesRecord): Promise<void>;
  /** Like updateWorkshop, for a series: one read-change-write against every other writer. */
  updateSeries(id: string, change: (current: SeriesRecord) => SeriesRecord): Promise<SeriesRecord | null>;
  listSeriesIds(): Promise<string[]>;
  /** The series a series token (its sha256) opens, or null. */
  putSeriesToken(tokenHash: string, seriesId: string): Promise<void>;
  seriesForToken(tokenHash: string): Promise<string | null>;
  /** Removes the series record and its tokens; its meetings are deleted one by one before. */
  deleteSeries(id: string): Promise<void>;

  /** Removes every trace of a workshop: record, code, tokens, participants, updates, client id owners. */
  deleteWorkshop(id: string): Promise<void>;
  close(): Promise<void>;
  /**
   * Present when several processes share the store: one writer per document at a time
   * (see yjs/doc-leases.ts). The embedded store has one process, so it has none.
   */
  readonly leases?: LeaseStore;
}

/** Proof that a write comes from the holder of a document's current lease. */
export interface Fence {
  epoch: number;
}

/** The writer's lease was taken over: it must not store (and so never broadcast) anything more. */
export class FencedError extends Error {}

export type LeaseClaim = { ok: true; epoch: number } | { ok: false; owner: string };

export interface LeaseStore {
  /** Takes the document's lease when it is free, expired or already this node's; the epoch goes up each time. */
  acquireLease(docName: string, node: string, ttlMs: number): Promise<LeaseClaim>;
  /**
   * Extends a held lease. `held` is false when another node took it over; `wanted` is
   * true when another node is asking for it (its load balancer sends it the devices).
   */
  renewLease(docName: string, node: string, epoch: number, ttlMs: number): Promise<{ held: boolean; wanted: boolean }>;
  /** Marks the lease wanted by `node`, so its holder hands it over (see renewLease). */
  wantLease(docName: string, node: string): Promise<void>;
  /** Gives the lease up at once; the epoch is kept, so an old fence stays stale. */
  releaseLease(docName: string, node: string, epoch: number): Promise<void>;
}
