/** Close codes the Yjs endpoint sends; documented in docs/protocol.md. */
export const CLOSE = {
  unsupportedData: 1003,
  tooBig: 1009,
  badMessage: 4400,
  revoked: 4401,
  refused: 4403,
  deleted: 4404,
  /** Reconnect and resync: the device was too slow, or sent notes too fast. */
  slowConsumer: 4500,
} as const;

export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE];
