// The persistence boundary. The embedded default is LevelDB (classic-level); a
// deployment that outgrows one machine implements this interface on PostgreSQL.
import type { GroupId } from '../../shared/groups.js';
import type { WorkshopRecord } from './workshop-record.js';
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
  listWorkshopIds(): Promise<string[]>;
  /** Atomically claims a join code; false when it is taken. */
  claimJoinCode(code: string, workshopId: string): Promise<boolean>;
  workshopForCode(code: string): Promise<string | null>;

  putToken(tokenHash: string, grant: TokenGrant): Promise<void>;
  getToken(tokenHash: string): Promise<TokenGrant | null>;

  putParticipant(workshopId: string, participant: ParticipantRecord): Promise<void>;
  listParticipants(workshopId: string): Promise<ParticipantRecord[]>;

  /** Appends Yjs updates durably, in order. */
  appendUpdates(workshopId: string, updates: Uint8Array[]): Promise<void>;
  readUpdates(workshopId: string): Promise<Uint8Array[]>;
  /** Replaces every stored update of the workshop with one merged update. */
  replaceUpdates(workshopId: string, merged: Uint8Array): Promise<void>;

  /** Which owner (see yjs/client-ids.ts) first wrote under each Yjs client id of a document. */
  readClientOwners(docName: string): Promise<Map<number, string>>;
  /** Records new client id owners of a document; existing entries are not changed. */
  putClientOwners(docName: string, owners: Map<number, string>): Promise<void>;

  /** Participants with a stored draft document in this workshop (private writing). */
  listDraftOwners(workshopId: string): Promise<string[]>;

  /** Removes every trace of a workshop: record, code, tokens, participants, updates, client id owners. */
  deleteWorkshop(id: string): Promise<void>;
  close(): Promise<void>;
}
