// "My actions" on a phone: an action is mine when its free-text owner holds my name.
import { describe, expect, it } from 'vitest';
import { isOwnedBy } from '../../client/src/lib/owner.js';

describe('isOwnedBy', () => {
  it('matches the whole name or the first name as a word, ignoring case and accents', () => {
    expect(isOwnedBy('Ahmed', 'Ahmed Yilmaz')).toBe(true);
    expect(isOwnedBy('Anja de Vries en Ahmed Yilmaz', 'Ahmed Yilmaz')).toBe(true);
    expect(isOwnedBy('Gemeente (ahmed)', 'Ahmed')).toBe(true);
    expect(isOwnedBy('Chloé, Bram', 'chloe')).toBe(true);
    expect(isOwnedBy('Ingrid Smit', 'Ingrid Smit')).toBe(true);
  });

  it('does not match part of another name or an empty name', () => {
    expect(isOwnedBy('Ahmedo Bakker', 'Ahmed Yilmaz')).toBe(false);
    expect(isOwnedBy('Jan-Willem', 'Jan')).toBe(false);
    expect(isOwnedBy('Ruud Hendriks (gemeente)', 'Ahmed')).toBe(false);
    expect(isOwnedBy('Ahmed', '')).toBe(false);
    expect(isOwnedBy('Ahmed', '  ')).toBe(false);
  });
});
