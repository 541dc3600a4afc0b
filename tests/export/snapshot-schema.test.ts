import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../shared/snapshot-schema.js';
import { bigSnapshot, houtenSnapshot } from './fixture.js';

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('parseSnapshot', () => {
  it('accepts the fixture after a JSON round trip, unchanged', () => {
    const result = parseSnapshot(roundTrip(houtenSnapshot()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.snapshot).toEqual(roundTrip(houtenSnapshot()));
  });

  it('accepts a 1000-note workshop', () => {
    expect(parseSnapshot(roundTrip(bigSnapshot(1000))).ok).toBe(true);
  });

  it('refuses unknown keys, so an import can neither set join codes or tokens nor silently drop a field', () => {
    const file = roundTrip(houtenSnapshot()) as { room: Record<string, unknown> };
    file.room.joinCode = 'HACKED';
    file.room.tokenHashes = ['x'];
    const result = parseSnapshot(file);
    expect(result.ok ? 'accepted' : result.error).toBe('room: unknown field "joinCode", unknown field "tokenHashes"');
  });

  const broken: [string, (s: Record<string, unknown> & ReturnType<typeof houtenSnapshot>) => unknown, RegExp][] = [
    ['a bad step', (s) => ((s.notes[3] as { step: string }).step = 'dance'), /^notes\[3\]\.step: invalid value$/],
    ['a note too long', (s) => (s.notes[0]!.text = 'x'.repeat(501)), /^notes\[0\]\.text: too long/],
    ['a wrong version', (s) => ((s as { version: number }).version = 2), /^version: invalid value$/],
    ['an unknown group', (s) => ((s.participants[1] as { group: string }).group = 'aliens'), /^participants\[1\]\.group: invalid value$/],
    ['a missing room field', (s) => delete (s.room as Partial<typeof s.room>).language, /^room\.language: /],
    ['a bad due date', (s) => (s.actions[0]!.due = '1 maart'), /^actions\[0\]\.due: /],
    ['a colon in a voter id', (s) => (s.votes[0]!.voter = 'a:b'), /^votes\[0\]\.voter: invalid id$/],
    ['too many notes', (s) => (s.notes = Array.from({ length: 20_001 }, () => s.notes[0]!)), /^notes: more than 20000 items$/],
  ];
  for (const [what, breakIt, message] of broken) {
    it(`refuses ${what} with a readable error`, () => {
      const file = roundTrip(houtenSnapshot()) as Record<string, unknown> & ReturnType<typeof houtenSnapshot>;
      breakIt(file);
      const result = parseSnapshot(file);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    });
  }

  it('refuses something that is not an export at all', () => {
    for (const value of [null, [], 'text', 42, { format: 'other' }]) {
      const result = parseSnapshot(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(/not a Kruiwagen workshop export/);
    }
  });
});
