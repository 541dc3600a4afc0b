// The value rules the board's content is made of: ids, times and texts. The same rule
// judges a live update, a read and an import (shared/board-fields.ts).
import { z } from 'zod';
import { LIMITS, fitsLength } from './limits.js';

// Ids become keys in the store and the document; vote keys are `${voter}:${target}`,
// so a colon in an id would make a vote unreadable.
const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
export const idRule = z.string().min(1).max(LIMITS.id).regex(ID_PATTERN, 'invalid id');
export const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= LIMITS.id && ID_PATTERN.test(value);

export const timeRule = z.number().int().min(0).max(8.64e15);

/** A text of at most `max` characters as a person counts them (shared/limits.ts). */
export const textRule = (max: number) =>
  z.string().check((ctx) => {
    if (!fitsLength(ctx.value, max)) ctx.issues.push({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: ctx.value });
  });
