// Who receives whose presence (y-protocols awareness). Relaying every device's presence
// to every other device costs the server a frame per device for each renewal (every
// phone renews every 15 s): with 300 phones, 6,000 frames a second that nobody reads.
// Participants need no cursors or presence of each other (the roster comes over
// socket.io), and a projector shows none; the facilitator may see everyone. A stock
// client needs no one else's presence to sync, so it keeps working with less.
import type { Role } from '../../shared/roles.js';

/** The facilitator receives everyone's presence; participants and the projector only the facilitator's. */
export function receivesPresenceOf(receiver: Role, sender: Role | undefined): boolean {
  return receiver === 'facilitator' || sender === 'facilitator';
}
