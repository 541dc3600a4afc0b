// The wire words both sides of the connection share: close codes of the Yjs endpoint,
// document names, join codes. Imports nothing, so any page can use it.

/** Close codes the Yjs endpoint sends; documented in docs/protocol.md. */
export const CLOSE = {
  /** A text frame: binary only. */
  unsupportedData: 1003,
  /** A frame over the size limit. */
  tooBig: 1009,
  /** A malformed message. */
  badMessage: 4400,
  /** The participant was removed; their token no longer works. */
  revoked: 4401,
  /** An update the sender's role does not allow, or under another device's client id. */
  refused: 4403,
  /** The workshop was deleted. */
  deleted: 4404,
  /** Reconnect and resync: the device was too slow, or sent notes too fast. */
  slowConsumer: 4500,
} as const;

export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE];

/** Codes after which reconnecting is pointless. */
export const FINAL_CLOSE_CODES: ReadonlySet<number> = new Set([CLOSE.revoked, CLOSE.deleted]);

/**
 * Document names: a workshop id, or `<workshopId>~<participantId>` for a participant's
 * private-writing draft. During private writing a participant's notes live in a draft
 * document of their own, which only they (and the facilitator) can sync; the reveal
 * moves them into the workshop's document. Hiding notes in the page would not be
 * enough: they would still reach every device.
 */
export const DOC_NAME = /^[\w-]{1,40}(~[\w-]{1,40})?$/;
const DRAFT_SEPARATOR = '~';

export const draftDocName = (workshopId: string, participantId: string): string => `${workshopId}${DRAFT_SEPARATOR}${participantId}`;

export function parseDocName(name: string): { workshopId: string; draftOwner: string | null } {
  const sep = name.indexOf(DRAFT_SEPARATOR);
  return sep === -1 ? { workshopId: name, draftOwner: null } : { workshopId: name.slice(0, sep), draftOwner: name.slice(sep + 1) };
}

/** No 0/O, 1/I/L: codes are read off a projector and typed on phones. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** A join code as typed (spaces, dashes, lower case) in the form the server stores. */
export function normaliseJoinCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}
