// The update gate used by the server: projectors never write; participants and the
// facilitator are checked by the role rules in authorize.ts.
import * as Y from 'yjs';
import type { Limits } from '../config.js';
import type { UpdateGate } from './gate.js';

export function roleGate(limits: Limits): UpdateGate {
  return (_doc, update, grant) => {
    if (update.byteLength > limits.maxYjsMessageBytes) return { ok: false, reason: 'update too large' };
    if (grant.role === 'projector') return isEmptyUpdate(update) ? { ok: true } : { ok: false, reason: 'the projector is read-only' };
    return { ok: true };
  };
}

function isEmptyUpdate(update: Uint8Array): boolean {
  try {
    const { structs, ds } = Y.decodeUpdate(update);
    return structs.length === 0 && ds.clients.size === 0;
  } catch {
    return false;
  }
}
