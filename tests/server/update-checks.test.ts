// The Yjs update checks in their order: which one objects, with which outcome, and that an
// update refused early claims no client id and spends no note.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from '../../shared/schema.js';
import { defaultLimits } from '../../server/config.js';
import { newWorkshopRecord } from '../../server/workshops/create.js';
import { firstObjection, readUpdate, updateChecks, type TargetDoc } from '../../server/yjs/update-checks.js';
import type { Grant } from '../../server/auth/authenticate.js';

const participant = { role: 'participant', participantId: 'p1', workshopId: 'w1', tokenHash: 'h' } as Grant;

function target(id = 'w1'): TargetDoc & { claims: number } {
  const t = {
    id,
    doc: new Y.Doc(),
    claims: 0,
    claimClientIds: () => {
      t.claims++;
      return { ok: true as const };
    },
  };
  return t;
}

function noteUpdate(author: string): Uint8Array {
  const doc = new Y.Doc();
  new BoardDoc(doc).addNote({ text: 'x', step: 'checkin', author, createdAt: 1 }, `n-${author}-${Math.random().toString(36).slice(2)}`);
  return Y.encodeStateAsUpdate(doc);
}

describe('the Yjs update checks', () => {
  it('name the first objection and its outcome, and stop there', () => {
    const checks = updateChecks(defaultLimits);
    const rec = newWorkshopRecord({ title: 'x' }, { id: 'w1', joinCode: 'ABCDEF', tokenHashes: [] }, 1);
    const judge = (update: Uint8Array, grant: Grant, t = target()) => ({ t, o: firstObjection(checks, { update, ...readUpdate(update), grant, record: rec, target: t }) });

    expect(judge(new Uint8Array([0xff, 0xff, 0xff]), participant).o).toMatchObject({ check: 'decodes', outcome: 4400 });
    expect(judge(noteUpdate('facilitator'), { ...participant, role: 'projector', participantId: null }).o).toMatchObject({ check: 'projector reads only', outcome: 'drop' });
    const other = judge(noteUpdate('someone-else'), participant);
    expect(other.o).toMatchObject({ check: 'role rules', outcome: 4403 });
    expect(other.t.claims).toBe(0);

    rec.privateWriting = true;
    const bypass = judge(noteUpdate('p1'), participant);
    expect(bypass.o).toMatchObject({ check: 'private writing', outcome: 4403 });
    expect(bypass.t.claims).toBe(0);
    // Into the participant's own draft the same note is fine.
    const draft = target('w1~p1');
    expect(judge(noteUpdate('p1'), participant, draft).o).toBeNull();
    expect(draft.claims).toBe(1);
  });

  it('defer an update whose sender skipped some of its own earlier changes (a gap), and pass the next in line', () => {
    const checks = updateChecks(defaultLimits);
    const rec = newWorkshopRecord({ title: 'x' }, { id: 'w1', joinCode: 'ABCDEF', tokenHashes: [] }, 1);
    const device = new Y.Doc();
    const updates: Uint8Array[] = [];
    device.on('update', (u: Uint8Array) => updates.push(u));
    const board = new BoardDoc(device);
    for (const n of [1, 2]) board.addNote({ text: `notitie ${n}`, step: 'checkin', author: 'p1', createdAt: n }, `n-p1-${n}`);
    const t = target();
    const judge = (update: Uint8Array) => firstObjection(checks, { update, ...readUpdate(update), grant: participant, record: rec, target: t });
    expect(judge(updates[1]!)).toMatchObject({ check: 'in order', outcome: 4500 });
    expect(judge(updates[0]!)).toBeNull();
    Y.applyUpdate(t.doc, updates[0]!);
    expect(judge(updates[1]!)).toBeNull();
  });
});
