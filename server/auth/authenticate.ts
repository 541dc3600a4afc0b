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
      let list = await records.listParticipants(grant.workshopId);
      // Joined on another node moments ago (its notice may not have arrived): ask the store.
      if (!list.some((p) => p.id === grant.participantId) && store.leases) {
        records.forgetParticipants(grant.workshopId);
        list = await records.listParticipants(grant.workshopId);
      }
      const participant = list.find((p) => p.id === grant.participantId);
      if (!participant || participant.removed) return null;
    }
    return { ...grant, tokenHash };
  };
}

/** Which series a series token opens (its facilitator link, shared/series.ts), or null. */
export type AuthenticateSeries = (token: unknown) => Promise<string | null>;

export function seriesAuthenticator(store: Store): AuthenticateSeries {
  return async (token) => {
    if (typeof token !== 'string' || token.length < 10 || token.length > 100) return null;
    const seriesId = await store.seriesForToken(hashToken(token));
    if (!seriesId || !(await store.getSeries(seriesId))) return null;
    return seriesId;
  };
}
