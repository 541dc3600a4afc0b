// shared/settings.ts: one schema for what the facilitator decides; record, room state,
// create, update and export all follow it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SETTINGS_KEYS, workshopSettings } from '../../shared/settings.js';
import { schemas } from '../../shared/room.js';
import { createWorkshopBody } from '../../shared/api.js';
import { parseSnapshot } from '../../shared/snapshot-schema.js';
import { newWorkshopRecord } from '../../server/workshops/create.js';
import { toRoomState } from '../../server/workshops/record.js';
import { buildSnapshot } from '../../server/workshops/snapshot.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const record = () => newWorkshopRecord({ title: 'Respijtzorg Houten' }, { id: 'w1', joinCode: 'ABCDEF', tokenHashes: ['h'] }, 1_700_000_000_000);

describe('one settings schema', () => {
  it('makes a new record whose settings pass the schema', () => {
    expect(workshopSettings.safeParse(Object.fromEntries(SETTINGS_KEYS.map((k) => [k, record()[k]]))).success).toBe(true);
  });

  it('gives devices every setting plus expiresAt', () => {
    const state = toRoomState(record(), 'http://x/j', 1000, 5);
    for (const key of SETTINGS_KEYS) expect(state[key], key).toEqual(record()[key]);
    expect(state.expiresAt).toBe(1_700_000_000_000 + 1000);
  });

  it('exports the settings only, so a record with a field of its own still imports', () => {
    const grown = { ...record(), series: 'lente' };
    const parsed = parseSnapshot(JSON.parse(JSON.stringify(buildSnapshot(grown, [], new Y.Doc(), 9))));
    expect(parsed.ok ? Object.keys(parsed.snapshot.room).sort() : parsed.error).toEqual([...SETTINGS_KEYS].sort());
  });

  it('judges create and update bodies by the same rules (grapheme counted, unknown fields refused)', () => {
    const long = '😀'.repeat(120);
    expect(createWorkshopBody.safeParse({ title: long }).success).toBe(true);
    expect(schemas['workshop:update'].safeParse({ title: long }).success).toBe(true);
    expect(createWorkshopBody.safeParse({ title: long + '😀' }).success).toBe(false);
    expect(schemas['workshop:update'].safeParse({ title: long + '😀' }).success).toBe(false);
    expect(createWorkshopBody.safeParse({ title: 'x', joinCode: 'A' }).success).toBe(false);
    expect(schemas['voting:set'].safeParse({ open: true, dotsPerParticipant: 21 }).success).toBe(false);
  });

  it('is listed setting by setting in docs/protocol.md', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/protocol.md'), 'utf8');
    for (const key of SETTINGS_KEYS) expect(doc, key).toMatch(new RegExp(`^\\| [^|]*\`${key}\``, 'm'));
    expect(doc).toMatch(/`expiresAt`/);
  });
});
