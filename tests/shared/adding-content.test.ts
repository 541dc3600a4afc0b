// docs/adding-content.md says a new field of a note is one edit in shared/board-fields.ts.
// This test makes that edit (a `mood` on notes, in a mocked copy of the table) and checks
// that the type's reader, the live authorizer and the JSON export/import all follow.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { z } from 'zod/mini';
import type * as BoardFields from '../../shared/board-fields.js';
import { houtenSnapshot } from '../export/fixture.js';

const participant = { role: 'participant', participantId: 'alice' } as const;
const ctx = { votingOpen: false, dotsPerParticipant: 3, participantsCanGroup: false };
const base = { text: 'Samen koken', step: 'dream', author: 'alice', createdAt: 1_700_000_000_000 };

/** The modules that read the table, loaded fresh against `withMood` (or the real table). */
async function load(withMood: boolean) {
  vi.resetModules();
  vi.doMock('../../shared/board-fields.js', async (importOriginal) => {
    const real = await importOriginal<typeof BoardFields>();
    const { optional } = await import('../../shared/fields.js');
    // The one edit: a line in NOTE_FIELDS.
    return withMood ? { ...real, NOTE_FIELDS: { ...real.NOTE_FIELDS, mood: optional(z.enum(['glad', 'worried'])) } } : real;
  });
  const { BoardDoc } = await import('../../shared/schema.js');
  const { parseSnapshot } = await import('../../shared/snapshot-schema.js');
  const { authorizeUpdate } = await import('../../server/yjs/authorize.js');
  const { buildSnapshot, snapshotToUpdate } = await import('../../server/workshops/snapshot.js');

  /** alice's phone writes a note with these fields; the server judges it. */
  const write = (fields: Record<string, unknown>) => {
    const server = new Y.Doc();
    const phone = new Y.Doc();
    const note = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(fields)) note.set(k, v);
    phone.getMap('notes').set('n1', note);
    const verdict = authorizeUpdate(server, Y.encodeStateAsUpdate(phone), participant, ctx);
    if (verdict.ok) Y.applyUpdate(server, Y.encodeStateAsUpdate(phone));
    return { verdict, server };
  };
  const exportOf = (doc: Y.Doc) => {
    const { room, createdAt } = houtenSnapshot();
    const record = { ...room, id: 'w1', joinCode: 'ABCDEF', tokenHashes: [], timer: { endsAt: null, durationMs: 0 }, done: [], createdAt, lastActivityAt: createdAt };
    return JSON.parse(JSON.stringify(buildSnapshot(record, [], doc, createdAt))) as Record<string, unknown>;
  };
  return { BoardDoc, parseSnapshot, snapshotToUpdate, write, exportOf };
}

afterEach(() => {
  vi.doUnmock('../../shared/board-fields.js');
  vi.resetModules();
});

describe('adding a field to notes is one edit in shared/board-fields.ts', () => {
  it('without the edit: the authorizer refuses the field and the import refuses it', async () => {
    const { write, parseSnapshot } = await load(false);
    const { verdict } = write({ ...base, mood: 'glad' });
    expect(verdict.ok ? 'accepted' : verdict.reason).toBe('unknown note field "mood"');
    const file = JSON.parse(JSON.stringify(houtenSnapshot()));
    file.notes[0].mood = 'glad';
    const parsed = parseSnapshot(file);
    expect(parsed.ok ? 'imported' : parsed.error).toBe('notes[0]: unknown field "mood"');
  });

  it('with the edit: the authorizer judges it, readers read it, the export carries it and the import keeps it', async () => {
    const { BoardDoc, write, exportOf, parseSnapshot, snapshotToUpdate } = await load(true);
    const refused = write({ ...base, mood: 'angry' }).verdict;
    expect(refused.ok ? 'accepted' : refused.reason).toBe('note mood is not a valid mood');
    const { verdict, server } = write({ ...base, mood: 'glad' });
    expect(verdict.ok).toBe(true);
    expect(new BoardDoc(server).notes()).toEqual([{ id: 'n1', ...base, mood: 'glad' }]);

    const file = exportOf(server);
    expect((file.notes as unknown[])[0]).toMatchObject({ mood: 'glad' });
    const parsed = parseSnapshot(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const imported = new Y.Doc();
    Y.applyUpdate(imported, snapshotToUpdate(parsed.snapshot));
    expect(new BoardDoc(imported).notes()[0]).toMatchObject({ mood: 'glad' });

    (file.notes as Record<string, unknown>[])[0]!.mood = 'angry';
    const bad = parseSnapshot(file);
    expect(bad.ok ? 'imported' : bad.error).toBe('notes[0].mood: invalid value');
  });
});
