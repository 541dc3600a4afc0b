// The workshops this browser facilitated, for the start page's "Your workshops": kept in
// localStorage on this device only (the tokens themselves stay in session.ts).
import { forgetWorkshop, getSession } from './session';

const KEY = 'kw-facilitated';
const MAX = 50;

export interface FacilitatedWorkshop {
  id: string;
  title: string;
  createdAt: number;
  /** Last time the console was opened here; the list shows the most recent first. */
  openedAt: number;
}

function isEntry(x: unknown): x is FacilitatedWorkshop {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return typeof e.id === 'string' && typeof e.title === 'string' && typeof e.createdAt === 'number' && typeof e.openedAt === 'number';
}

function read(): FacilitatedWorkshop[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function write(list: FacilitatedWorkshop[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(list.slice(0, MAX)));
  } catch {
    // private mode or full storage: the list is a convenience, the link still works
  }
}

/** Workshops whose facilitator token is still on this device, most recently opened first. */
export function facilitatedWorkshops(): FacilitatedWorkshop[] {
  return read()
    .filter((w) => getSession(w.id).facilitatorToken)
    .sort((a, b) => b.openedAt - a.openedAt);
}

/** Adds or refreshes a workshop (on creating it, and each time its console opens). */
export function rememberFacilitated(id: string, title: string, now = Date.now()): void {
  const list = read();
  const known = list.find((w) => w.id === id);
  const entry: FacilitatedWorkshop = { id, title, createdAt: known?.createdAt ?? now, openedAt: now };
  write([entry, ...list.filter((w) => w.id !== id)]);
}

/** Removes a workshop from the list and its tokens from this device. */
export function forgetFacilitated(id: string): void {
  write(read().filter((w) => w.id !== id));
  forgetWorkshop(id);
}

/** The facilitator's own address for a workshop: the token travels in the fragment. */
export const facilitatorLink = (id: string, token: string) => `${location.origin}/f/${encodeURIComponent(id)}#${token}`;

/**
 * Marks a workshop as just created, for this tab only: its console opens with "save this
 * link" (also after a reload) until the facilitator says it is saved.
 */
export function markJustCreated(id: string): void {
  try {
    sessionStorage.setItem(`kw-new-${id}`, '1');
  } catch {
    /* no session storage: the console simply skips the moment */
  }
}

export function isJustCreated(id: string): boolean {
  try {
    return sessionStorage.getItem(`kw-new-${id}`) === '1';
  } catch {
    return false;
  }
}

export function linkSaved(id: string): void {
  try {
    sessionStorage.removeItem(`kw-new-${id}`);
  } catch {
    /* ignore */
  }
}
