// Secrets and codes. Tokens are long random nanoids stored only as sha256 hashes, so a
// copied database file does not hand out facilitator access.
import { createHash } from 'node:crypto';
import { customAlphabet, nanoid } from 'nanoid';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/protocol.js';

const makeJoinCode = customAlphabet(JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH);

export const newToken = (): string => nanoid(32);
export const newId = (): string => nanoid(16);
export const newJoinCode = (): string => makeJoinCode();

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
