// The update gate used by the server: the role rules of authorize.ts, fed with the
// room's server-decided state (is voting open, how many dots, may participants group
// notes into themes) and the limits.
import type { Limits } from '../config.js';
import type { UpdateGate } from './gate.js';
import { authorizeUpdate } from './authorize.js';

export function roleGate(limits: Limits): UpdateGate {
  return (doc, update, grant, record) => {
    if (update.byteLength > limits.maxYjsMessageBytes) return { ok: false, reason: 'update too large' };
    return authorizeUpdate(
      doc,
      update,
      { role: grant.role, participantId: grant.participantId },
      {
        votingOpen: record.voting.open,
        dotsPerParticipant: record.voting.dotsPerParticipant,
        participantsCanGroup: record.participantsCanGroup,
      },
    );
  };
}
