// shared/protocol.ts: the wire words client and server share, and the contract page.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOSE, DOC_NAME, draftDocName, normaliseJoinCode, parseDocName } from '../../shared/protocol.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe('protocol vocabulary', () => {
  it('documents exactly the close codes the server sends', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/protocol.md'), 'utf8');
    const documented = [...doc.matchAll(/^\| (\d{4}) \|/gm)].map((m) => Number(m[1])).sort();
    expect(documented).toEqual(Object.values(CLOSE).sort());
  });

  it('leaves no close code as a literal in the client', () => {
    const literal = new RegExp(`\\b(${Object.values(CLOSE).join('|')})\\b`);
    const offenders = filesUnder(path.join(ROOT, 'client/src'))
      .filter((f) => /\.tsx?$/.test(f))
      .filter((f) => literal.test(fs.readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('names a draft document so that it parses back and passes the endpoint', () => {
    const name = draftDocName('w_1-a', 'p9');
    expect(parseDocName(name)).toEqual({ workshopId: 'w_1-a', draftOwner: 'p9' });
    expect(parseDocName('w_1-a')).toEqual({ workshopId: 'w_1-a', draftOwner: null });
    expect(DOC_NAME.test(name)).toBe(true);
    expect(DOC_NAME.test('w~p~q')).toBe(false);
  });

  it('normalises a typed join code as the server stores it', () => {
    expect(normaliseJoinCode(' abc-d2 3 ')).toBe('ABCD23');
  });
});
