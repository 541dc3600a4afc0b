// Which connection's owner writes under which Yjs client id. A Yjs client id and its
// clocks name every change; a participant who sent changes under ANOTHER device's
// client id and next clock would make the server (and every device) ignore that device's
// real change with the same clock as "already seen": its note would be lost. So a client
// id belongs to the first owner (participant, or the facilitator) whose accepted update
// used it, for as long as the document is loaded; an update that writes under someone
// else's client id is refused. The server's own client id is reserved.
//
// Ownership is in memory: after a restart or an unload the first writer claims again,
// which leaves a short window (before the real device writes again) that would need
// ownership stored with the updates to close.
import * as Y from 'yjs';

export type ClientIdOwner = string;

export class ClientIdOwners {
  private readonly owners = new Map<number, ClientIdOwner>();

  constructor(serverClientId: number) {
    this.owners.set(serverClientId, 'server');
  }

  /**
   * Claims the client ids the update writes under for `owner`, or returns the first one
   * that belongs to someone else (and claims nothing).
   */
  claim(update: Uint8Array, owner: ClientIdOwner): { ok: true } | { ok: false; clientId: number } {
    const { from } = Y.parseUpdateMeta(update);
    for (const clientId of from.keys()) {
      const current = this.owners.get(clientId);
      if (current !== undefined && current !== owner) return { ok: false, clientId };
    }
    for (const clientId of from.keys()) this.owners.set(clientId, owner);
    return { ok: true };
  }
}
