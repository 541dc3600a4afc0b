// Secrets and codes. Tokens are long random nanoids stored only as sha256 hashes, so a
// copied database file does not hand out facilitator access.
import { createHash } from 'node:crypto';
import { customAlphabet, nanoid } from 'nanoid';

/** No 0/O, 1/I/L: codes are read off a projector and typed on phones. */
const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
const makeJoinCode = customAlphabet(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH);

export const newToken = (): string => nanoid(32);
export const newId = (): string => nanoid(16);
export const newJoinCode = (): string => makeJoinCode();

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Accepts codes typed with spaces, dashes or lower case. */
export function normaliseJoinCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}
