// Who is connected now, per workshop: open socket.io connections counted per participant
// (a phone and a laptop are one person), per facilitator screen and per projector.
import type { Grant } from '../auth/authenticate.js';

export interface Presence {
  participants: ReadonlyMap<string, number>;
  facilitators: number;
  projectors: number;
}

interface Counts {
  participants: Map<string, number>;
  facilitators: number;
  projectors: number;
}

const nobody: Presence = { participants: new Map(), facilitators: 0, projectors: 0 };

export class PresenceTracker {
  private readonly workshops = new Map<string, Counts>();

  arrived(grant: Grant): void {
    this.count(grant, 1);
  }

  left(grant: Grant): void {
    this.count(grant, -1);
  }

  in(workshopId: string): Presence {
    return this.workshops.get(workshopId) ?? nobody;
  }

  private count(grant: Grant, delta: 1 | -1): void {
    let here = this.workshops.get(grant.workshopId);
    if (!here) this.workshops.set(grant.workshopId, (here = { participants: new Map(), facilitators: 0, projectors: 0 }));
    if (grant.role === 'facilitator') here.facilitators += delta;
    else if (grant.role === 'projector') here.projectors += delta;
    else if (grant.participantId) {
      const count = (here.participants.get(grant.participantId) ?? 0) + delta;
      if (count > 0) here.participants.set(grant.participantId, count);
      else here.participants.delete(grant.participantId);
    }
    // Forget empty workshops, so memory follows the workshops in use.
    if (here.facilitators + here.projectors + here.participants.size === 0) this.workshops.delete(grant.workshopId);
  }
}
