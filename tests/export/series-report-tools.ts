// Reading the series report's action timeline back from pdftotext's squashed text.
import { expect } from 'vitest';
import { REPORT_LABELS } from '../../shared/i18n/report.js';
import type { ActionStatus } from '../../shared/board-fields.js';
import { squash } from './pdf-tools.js';

const S = REPORT_LABELS.nl.statusNames;

/** Each action's row of the timeline: its status words (or the dash) and notes, in reading order. */
export function timelineRows(timeline: string, ids: string[], what: (id: string) => string): Map<string, string> {
  const starts = ids.map((id) => timeline.indexOf(squash(what(id))));
  for (const [i, at] of starts.entries()) expect(at, ids[i]).toBeGreaterThanOrEqual(0);
  const ordered = [...starts].sort((a, b) => a - b);
  return new Map(ids.map((id, i) => [id, timeline.slice(starts[i], ordered.find((s) => s > (starts[i] ?? 0)) ?? timeline.length)]));
}

const STATUS_WORDS = new RegExp(`(${[...Object.values(S), '—'].map(squash).join('|')})`, 'g');

export function expectStatuses(row: string, slots: readonly (readonly [ActionStatus, string] | null)[]): void {
  expect(row.match(STATUS_WORDS)).toEqual(slots.map((slot) => (slot ? squash(S[slot[0]]) : '—')));
  for (const slot of slots) if (slot?.[1]) expect(row).toContain(squash(`${S[slot[0]]}${slot[1]}`));
}

