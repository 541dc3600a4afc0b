// shared/limits.ts: lengths as a person counts them, and that the join page can use the
// limits without pulling yjs into its bundle.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, clipText, fitsLength, textLength } from '../../shared/limits.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every package a module reaches through its static imports (type-only imports left out). */
function packagesReachedFrom(file: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(file)) return packages;
  seen.add(file);
  const source = fs.readFileSync(file, 'utf8');
  for (const [, spec] of source.matchAll(/^import (?!type )[^'"]*?from '([^']+)'/gm)) {
    if (!spec!.startsWith('.')) {
      packages.add(spec!);
      continue;
    }
    const base = path.resolve(path.dirname(file), spec!).replace(/\.js$/, '');
    const target = ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => fs.existsSync(f));
    if (target) packagesReachedFrom(target, seen, packages);
  }
  return packages;
}

describe('text lengths', () => {
  it('counts grapheme clusters: an emoji, a family, a flag and an accent are one character each', () => {
    expect(textLength('😀')).toBe(1);
    expect(textLength('👨‍👩‍👧‍👦')).toBe(1);
    expect(textLength('🇳🇱')).toBe(1);
    expect(textLength('e\u0301')).toBe(1);
    expect(textLength('café ☕')).toBe(6);
  });

  it('fits and clips at the limit without splitting a character', () => {
    const emoji = '😀'.repeat(LIMITS.noteText);
    expect(fitsLength(emoji, LIMITS.noteText)).toBe(true);
    expect(fitsLength(emoji + '😀', LIMITS.noteText)).toBe(false);
    expect(clipText(emoji + '😀😀', LIMITS.noteText)).toBe(emoji);
    expect(clipText('ab👨‍👩‍👧‍👦c', 3)).toBe('ab👨‍👩‍👧‍👦');
    expect(clipText('kort', 10)).toBe('kort');
  });
});

describe('the join page', () => {
  it('reaches the limits without reaching yjs', () => {
    const packages = packagesReachedFrom(path.join(ROOT, 'client/src/views/join/JoinPage.tsx'));
    expect([...packages].filter((p) => p.startsWith('y') || p.startsWith('lib0'))).toEqual([]);
  });

  it('has no copy of the limits of its own', () => {
    expect(fs.existsSync(path.join(ROOT, 'client/src/lib/limits.ts'))).toBe(false);
  });
});
