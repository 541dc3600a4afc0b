// The vocabulary the board's content is written in: value rules (ids, times, texts), and
// field tables from which a content kind's type, its reader and its import schema are
// derived. The live authorizer judges participants' writes with the same tables
// (server/yjs/authorize.ts). No yjs here: readers get a `get(key)` function. zod/mini,
// not zod: the board pages read through these rules, and mini costs them a few KiB
// instead of twenty.
import { z } from 'zod/mini';
import { LIMITS, fitsLength } from './limits.js';

// Ids become keys in the store and the document; vote keys are `${voter}:${target}`,
// so a colon in an id would make a vote unreadable.
const ID_PATTERN = new RegExp(`^[A-Za-z0-9_-]{1,${LIMITS.id}}$`);
export const idRule = z.string().check(z.regex(ID_PATTERN, 'invalid id'));
export const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);

// Milliseconds since the epoch; fractions are allowed (the benchmarks stamp sub-millisecond
// send times, and the live rules always took any finite number).
export const timeRule = z.number().check(z.minimum(0), z.maximum(8.64e15));

/** A text of at most `max` characters as a person counts them (shared/limits.ts). */
export const textRule = (max: number) =>
  z.string().check((ctx) => {
    if (!fitsLength(ctx.value, max)) ctx.issues.push({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: ctx.value });
  });

/**
 * One field of a content kind.
 * - required: an entry without a valid value is not content: readers skip it, the import
 *   refuses it, a participant cannot create it.
 * - optional: an invalid value reads as absent.
 * - fallback: an absent or invalid value reads as `fallback`; exports always carry it.
 * `fixed` fields are set when the entry is created and never change.
 */
export type FieldRule<S extends z.ZodMiniType = z.ZodMiniType> =
  | { rule: S; presence: 'required'; fixed: boolean }
  | { rule: S; presence: 'optional'; fixed: false }
  | { rule: S; presence: 'fallback'; fixed: false; fallback: z.output<S> };

export type FieldTable = Record<string, FieldRule>;

export const required = <S extends z.ZodMiniType>(rule: S, opts: { fixed?: boolean } = {}) =>
  ({ rule, presence: 'required', fixed: opts.fixed ?? false }) as const;
export const optional = <S extends z.ZodMiniType>(rule: S) => ({ rule, presence: 'optional', fixed: false }) as const;
export const withFallback = <S extends z.ZodMiniType>(rule: S, fallback: z.output<S>) =>
  ({ rule, presence: 'fallback', fixed: false, fallback }) as const;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<T extends FieldTable> = { [K in keyof T]: T[K]['presence'] extends 'optional' ? K : never }[keyof T];

/** The TypeScript type of an entry of a table: what its reader returns. */
export type Fields<T extends FieldTable> = Simplify<
  { [K in Exclude<keyof T, OptionalKeys<T>>]: z.output<T[K]['rule']> } & { [K in OptionalKeys<T>]?: z.output<T[K]['rule']> }
>;

export const requiredFields = (table: FieldTable): string[] => Object.keys(table).filter((key) => table[key]!.presence === 'required');
export const fixedFields = (table: FieldTable): string[] => Object.keys(table).filter((key) => table[key]!.fixed);

/** Reads an entry field by field; null when a required field is missing or invalid. */
export function readFields<T extends FieldTable>(table: T, get: (key: string) => unknown): Fields<T> | null {
  const out: Record<string, unknown> = {};
  for (const key in table) {
    const field = table[key]!;
    const value = get(key);
    const parsed = value === undefined ? undefined : field.rule.safeParse(value);
    if (parsed?.success) out[key] = parsed.data;
    else if (field.presence === 'required') return null;
    else if (field.presence === 'fallback') out[key] = field.fallback;
  }
  return out as Fields<T>;
}

type ZodShape<T extends FieldTable> = {
  [K in keyof T]: T[K]['presence'] extends 'optional' ? z.ZodMiniOptional<T[K]['rule']> : T[K]['rule'];
};

/** The zod shape of a table, for the import: optional fields may be left out. */
export function zodShape<T extends FieldTable>(table: T): ZodShape<T> {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [key, field] of Object.entries(table)) shape[key] = field.presence === 'optional' ? z.optional(field.rule) : field.rule;
  return shape as ZodShape<T>;
}

/** Why a value breaks a field's rule, in words for a refusal: "note text longer than 500 characters". */
export function fieldProblem(kind: string, key: string, field: FieldRule, value: unknown): string | null {
  const parsed = field.rule.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  switch (issue?.code) {
    case 'invalid_type':
      return `${kind} ${key} must be a ${issue.expected}`;
    case 'too_big':
      return issue.origin === 'string' ? `${kind} ${key} longer than ${String(issue.maximum)} characters` : `${kind} ${key} is too large`;
    case 'invalid_value':
      return `${kind} ${key} is not a valid ${key}`;
    default:
      return `${kind} ${key} is not valid (${issue?.message ?? 'invalid'})`;
  }
}
