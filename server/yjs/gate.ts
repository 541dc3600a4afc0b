// Decides whether an incoming Yjs update may touch the document. Role rules live in
// authorize.ts; this adapter feeds them the room's server-decided state.
import type * as Y from 'yjs';
import type { Grant } from '../workshops/service.js';
import type { WorkshopRecord } from '../workshops/record.js';

import type { Verdict } from './authorize.js';

export type UpdateGate = (doc: Y.Doc, update: Uint8Array, grant: Grant, record: WorkshopRecord) => Verdict;
