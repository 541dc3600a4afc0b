// Who a token belongs to: the grant it carries, or null when it is unknown, revoked (a
// removed participant) or its workshop was deleted.
import type { Store, TokenGrant } from '../store/store.js';
import type { WorkshopRecords } from '../workshops/records.js';
import { hashToken } from './tokens.js';

export type Grant = TokenGrant & { tokenHash: string };

export type Authenticate = (token: unknown) => Promise<Grant | null>;

export function tokenAuthenticator(store: Store, records: WorkshopRecords): Authenticate {
  return async (token) => {
    if (typeof token !== 'string' || token.length < 10 || token.length > 100) return null;
    const tokenHash = hashToken(token);
    const grant = await store.getToken(tokenHash);
    if (!grant || !(await records.get(grant.workshopId))) return null;
    if (grant.participantId) {
      const list = await records.listParticipants(grant.workshopId);
      const participant = list.find((p) => p.id === grant.participantId);
      if (!participant || participant.removed) return null;
    }
    return { ...grant, tokenHash };
  };
}
