import type { GroupId } from '../../../shared/groups';
import { draftDocName } from '../../../shared/protocol';
// Tokens per workshop in localStorage, so a reload works. Tokens arrive in the URL
// fragment (#…), which never reaches a server log.
export interface WorkshopSession {
  facilitatorToken?: string;
  projectorToken?: string;
  participantToken?: string;
  participantId?: string;
  joinCode?: string;
  group?: GroupId;
  /** The name given when joining, kept on this device only (to find "my actions"). */
  name?: string;
}

const key = (workshopId: string) => `kw-session-${workshopId}`;

export function getSession(workshopId: string): WorkshopSession {
  try {
    const raw = localStorage.getItem(key(workshopId));
    return raw ? (JSON.parse(raw) as WorkshopSession) : {};
  } catch {
    return {};
  }
}

export function saveSession(workshopId: string, patch: WorkshopSession): void {
  try {
    localStorage.setItem(key(workshopId), JSON.stringify({ ...getSession(workshopId), ...patch }));
  } catch {
    // private mode or full storage: the fragment still carries the token for this visit
  }
}

/** Forgets every token of a deleted workshop on this device. */
export function forgetWorkshop(workshopId: string): void {
  try {
    localStorage.removeItem(key(workshopId));
  } catch {
    /* ignore */
  }
}

export function forgetParticipant(workshopId: string): void {
  const { participantToken: _t, participantId, ...rest } = getSession(workshopId);
  try {
    localStorage.setItem(key(workshopId), JSON.stringify(rest));
  } catch {
    /* ignore */
  }
  // The board copy and the private-writing draft kept for offline use go too
  // (docs/privacy.md): a removed participant keeps nothing of the workshop.
  if (participantId && typeof indexedDB !== 'undefined') {
    for (const name of [`kw-${workshopId}-${participantId}`, `kw-${draftDocName(workshopId, participantId)}`]) indexedDB.deleteDatabase(name);
  }
}

/** The token in the URL fragment, if any. */
export function tokenFromHash(): string | null {
  const t = decodeURIComponent(location.hash.replace(/^#/, '')).trim();
  return /^[A-Za-z0-9_-]{8,}$/.test(t) ? t : null;
}

/** Token for a role: the fragment wins and is stored; otherwise the stored one. */
export function resolveToken(workshopId: string, field: 'facilitatorToken' | 'projectorToken'): string | null {
  const fromHash = tokenFromHash();
  if (fromHash) {
    saveSession(workshopId, { [field]: fromHash });
    return fromHash;
  }
  return getSession(workshopId)[field] ?? null;
}
