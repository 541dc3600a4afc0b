// Indexes over a decoded Yjs update, for authorize.ts: find a struct by id in the update or
// in the server's struct store (binary search, never a scan), and test ids against the
// update's delete set.
import * as Y from 'yjs';

export type Struct = Y.Item | Y.GC | Y.Skip;

export const idKey = (id: Y.ID): string => `${id.client}:${id.clock}`;

/** Index of the first struct that contains `clock` (or -1), for structs sorted by clock. */
function search(structs: readonly Struct[], clock: number): number {
  let lo = 0;
  let hi = structs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = structs[mid]!;
    if (s.id.clock > clock) hi = mid - 1;
    else if (clock >= s.id.clock + s.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export class StructIndex {
  private readonly byClient = new Map<number, Struct[]>();
  private readonly docState = new Map<number, number>();
  private readonly ends = new Map<number, number>();

  constructor(
    private readonly doc: Y.Doc,
    structs: readonly Struct[],
  ) {
    for (const struct of structs) {
      let list = this.byClient.get(struct.id.client);
      if (!list) this.byClient.set(struct.id.client, (list = []));
      list.push(struct);
    }
    for (const list of this.byClient.values()) {
      // An encoder writes each client's structs in clock order; a forged update may not.
      for (let i = 1; i < list.length; i++) {
        if (list[i]!.id.clock < list[i - 1]!.id.clock) {
          list.sort((a, b) => a.id.clock - b.id.clock);
          break;
        }
      }
    }
  }

  /** The server's clock for a client: everything below it is in the doc. */
  state(client: number): number {
    let state = this.docState.get(client);
    if (state === undefined) this.docState.set(client, (state = Y.getState(this.doc.store, client)));
    return state;
  }

  /**
   * Null when every struct of the update can be integrated now, else why not: yjs would
   * keep structs after a gap (or a Skip) pending until the missing ones arrive.
   */
  outOfOrder(): string | null {
    for (const [client, list] of this.byClient) {
      const state = this.state(client);
      let frontier = state;
      let updateEnd = -1;
      for (const struct of list) {
        if (struct instanceof Y.Skip) continue;
        const { clock } = struct.id;
        const end = clock + struct.length;
        if (clock > frontier) return `client ${client} is missing clocks ${frontier}..${clock - 1}`;
        if (clock < updateEnd && end > state) return `client ${client} has overlapping structs`;
        updateEnd = Math.max(updateEnd, end);
        frontier = Math.max(frontier, end);
      }
      this.ends.set(client, frontier);
    }
    return null;
  }

  /** The clock up to which the update (with the doc) covers a client; call after outOfOrder(). */
  end(client: number): number {
    return this.ends.get(client) ?? this.state(client);
  }

  /** Structs of the update the server does not have yet (yjs ignores the others). */
  *fresh(): Generator<Y.Item | Y.GC> {
    for (const [client, list] of this.byClient) {
      const state = this.state(client);
      for (const struct of list) {
        if (struct instanceof Y.Skip) continue;
        if (struct.id.clock + struct.length > state) yield struct;
      }
    }
  }

  /** The struct containing `id`: in the doc when the server has it, else in this update. */
  find(id: Y.ID): { struct: Y.Item | Y.GC; inDoc: boolean } | null {
    if (id.clock < this.state(id.client)) {
      return { struct: Y.getItem(this.doc.store, id) as Y.Item | Y.GC, inDoc: true };
    }
    const list = this.byClient.get(id.client);
    if (!list) return null;
    const i = search(list, id.clock);
    const struct = i === -1 ? null : list[i]!;
    if (!struct || struct instanceof Y.Skip) return null;
    return { struct, inDoc: false };
  }
}

export interface Range {
  clock: number;
  end: number;
}

/** The update's delete set, sorted and merged per client. */
export class RangeIndex {
  readonly ranges = new Map<number, Range[]>();

  constructor(ds: { clients: Map<number, Array<{ clock: number; len: number }>> }) {
    for (const [client, items] of ds.clients) {
      const sorted = items
        .filter((d) => d.len > 0)
        .map((d) => ({ clock: d.clock, end: d.clock + d.len }))
        .sort((a, b) => a.clock - b.clock);
      const merged: Range[] = [];
      for (const r of sorted) {
        const last = merged[merged.length - 1];
        if (last && r.clock <= last.end) last.end = Math.max(last.end, r.end);
        else merged.push({ ...r });
      }
      if (merged.length > 0) this.ranges.set(client, merged);
    }
  }

  has(id: Y.ID): boolean {
    const list = this.ranges.get(id.client);
    if (!list) return false;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const r = list[mid]!;
      if (r.clock > id.clock) hi = mid - 1;
      else if (id.clock >= r.end) lo = mid + 1;
      else return true;
    }
    return false;
  }
}
