// WorkshopRecords shares one store read among the callers that ask at the same time (a
// restart's devices all reconnect at once, issue 17), and a read that a change overtook
// is never cached.
import { describe, expect, it } from 'vitest';
import type { ParticipantRecord, Store } from '../../server/store/store.js';
import type { WorkshopRecord } from '../../server/store/workshop-record.js';
import { WorkshopRecords } from '../../server/workshops/records.js';
import { newWorkshopRecord } from '../../server/workshops/create.js';

/** A store whose reads wait until `release()`, counting them. */
function slowStore(record: WorkshopRecord, participants: ParticipantRecord[]) {
  const gates: (() => void)[] = [];
  const reads = { workshop: 0, participants: 0 };
  const gate = () => new Promise<void>((resolve) => gates.push(resolve));
  let current = record;
  let stored = [...participants];
  const store = {
    async getWorkshop() {
      reads.workshop++;
      const value = structuredClone(current);
      await gate();
      return value;
    },
    async listParticipants() {
      reads.participants++;
      const value = structuredClone(stored);
      await gate();
      return value;
    },
    async putParticipant(_workshopId: string, participant: ParticipantRecord) {
      stored = stored.filter((p) => p.id !== participant.id).concat(structuredClone(participant));
    },
    async updateWorkshop(_id: string, change: (r: WorkshopRecord) => WorkshopRecord) {
      current = change(structuredClone(current));
      return current;
    },
  } as unknown as Store;
  return { store, reads, release: () => gates.splice(0).forEach((open) => open()) };
}

const person = (id: string): ParticipantRecord => ({ id, name: id, group: 'volunteer', joinedAt: 1, removed: false, tokenHash: `h-${id}` });
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('WorkshopRecords', () => {
  it('reads a record and a participant list once for many callers at the same time, and caches them', async () => {
    const record = newWorkshopRecord({ title: 'x' }, { id: 'w1', joinCode: 'ABCDEF', tokenHashes: [] }, 1);
    const s = slowStore(record, [person('p1'), person('p2')]);
    const records = new WorkshopRecords(s.store);
    const gets = Array.from({ length: 50 }, () => records.get('w1'));
    const lists = Array.from({ length: 50 }, () => records.listParticipants('w1'));
    await tick();
    s.release();
    const [got, listed] = await Promise.all([Promise.all(gets), Promise.all(lists)]);
    expect(s.reads).toEqual({ workshop: 1, participants: 1 });
    expect(new Set(got).size).toBe(1);
    expect(got[0]?.id).toBe('w1');
    // One array for all: a participant added later is in every caller's list.
    expect(new Set(listed).size).toBe(1);
    expect(listed[0]?.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(records.cached('w1')).toBe(got[0]);
    await records.get('w1');
    await records.listParticipants('w1');
    expect(s.reads).toEqual({ workshop: 1, participants: 1 });
  });

  it('does not cache a read that a change or an invalidation overtook', async () => {
    const record = newWorkshopRecord({ title: 'old' }, { id: 'w1', joinCode: 'ABCDEF', tokenHashes: [] }, 1);
    const s = slowStore(record, [person('p1')]);
    const records = new WorkshopRecords(s.store);
    const stale = records.get('w1');
    const staleList = records.listParticipants('w1');
    await tick();
    // Another node changed the workshop and its participants meanwhile.
    await s.store.updateWorkshop('w1', (r) => ({ ...r, title: 'new' }));
    await s.store.putParticipant('w1', person('p2'));
    records.invalidate('w1', 'workshop');
    records.invalidate('w1', 'participants');
    s.release();
    expect((await stale)?.title).toBe('old');
    expect((await staleList).map((p) => p.id)).toEqual(['p1']);
    expect(records.cached('w1')).toBeUndefined();
    const fresh = records.get('w1');
    const freshList = records.listParticipants('w1');
    await tick();
    s.release();
    expect((await fresh)?.title).toBe('new');
    expect((await freshList).map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(s.reads).toEqual({ workshop: 2, participants: 2 });
  });

  it('keeps the record an update stored over a read that was in flight', async () => {
    const record = newWorkshopRecord({ title: 'old' }, { id: 'w1', joinCode: 'ABCDEF', tokenHashes: [] }, 1);
    const s = slowStore(record, []);
    const records = new WorkshopRecords(s.store);
    // update() first reads the record itself (require): let that read through.
    const first = records.get('w1');
    await tick();
    s.release();
    await first;
    records.invalidate('w1', 'deleted');
    const inFlight = records.get('w1');
    await tick();
    const updated = records.update('w1', (r) => void (r.title = 'new'));
    await tick();
    s.release();
    await Promise.all([inFlight, updated]);
    expect(records.cached('w1')?.title).toBe('new');
  });
});
