// Which connection's owner writes under which Yjs client id. A Yjs client id and its
// clocks name every change; a participant who sent changes under ANOTHER device's
// client id and next clock would make the server (and every device) ignore that device's
// real change with the same clock as "already seen": its note would be lost. So a client
// id belongs to the first owner (participant, or the facilitator) whose accepted update
// used it; an update that writes under someone else's client id is refused. The
// server's own client id is reserved.
//
// Owners are stored (Store.putClientOwners) and read back when the document loads, so a
// restart does not hand a device's client id to whoever writes first. The record is
// written beside the update, not before it: a crash between the two leaves that one
// client id unowned until its next writer.
import * as Y from 'yjs';

export type ClientIdOwner = string;

export class ClientIdOwners {
  private readonly owners = new Map<number, ClientIdOwner>();

  constructor(serverClientId: number) {
    this.owners.set(serverClientId, 'server');
  }

  /** Owners read from the store when the document loads. */
  restore(stored: ReadonlyMap<number, ClientIdOwner>): void {
    for (const [clientId, owner] of stored) if (!this.owners.has(clientId)) this.owners.set(clientId, owner);
  }

  /**
   * Claims the client ids the update writes under for `owner`, or returns the first one
   * that belongs to someone else (and claims nothing).
   */
  claim(update: Uint8Array, owner: ClientIdOwner): { ok: true; added: Map<number, ClientIdOwner> } | { ok: false; clientId: number } {
    const { from } = Y.parseUpdateMeta(update);
    const added = new Map<number, ClientIdOwner>();
    for (const clientId of from.keys()) {
      const current = this.owners.get(clientId);
      if (current === undefined) added.set(clientId, owner);
      else if (current !== owner) return { ok: false, clientId };
    }
    for (const clientId of added.keys()) this.owners.set(clientId, owner);
    return { ok: true, added };
  }
}
