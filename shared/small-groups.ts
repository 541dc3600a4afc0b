// In an anonymous workshop a stakeholder group of one or two people is not counted on
// its own where others see it: "Gemeente 1" next to a vote names the one person from
// the municipality. Such groups are counted together as "smaller groups combined" on the
// projector and in the report. The facilitator's console still sees every group.
import { GROUP_IDS, type GroupId } from './groups.js';
import type { Language } from './i18n/language.js';
import type { Tally } from './tally.js';

export const MIN_SHOWN_GROUP_SIZE = 3;

export const COMBINED_GROUPS_LABEL: Record<Language, string> = {
  nl: 'Kleine groepen samen',
  en: 'Smaller groups combined',
};

export const COMBINED_GROUPS_NOTE: Record<Language, string> = {
  nl: `Rollen met minder dan ${MIN_SHOWN_GROUP_SIZE} mensen tellen samen mee als ‘${COMBINED_GROUPS_LABEL.nl}’, zodat niemand herkenbaar is.`,
  en: `Roles with fewer than ${MIN_SHOWN_GROUP_SIZE} people are counted together as ‘${COMBINED_GROUPS_LABEL.en}’, so nobody can be recognised.`,
};

/** The groups to count together: none unless anonymous; else those with 1 or 2 members. */
export function groupsToCombine(memberGroups: Iterable<GroupId>, anonymous: boolean): Set<GroupId> {
  if (!anonymous) return new Set();
  const counts = new Map<GroupId, number>();
  for (const g of memberGroups) counts.set(g, (counts.get(g) ?? 0) + 1);
  return new Set(GROUP_IDS.filter((g) => {
    const n = counts.get(g) ?? 0;
    return n > 0 && n < MIN_SHOWN_GROUP_SIZE;
  }));
}

export interface CountPart {
  /** null: the combined smaller groups. */
  group: GroupId | null;
  count: number;
}

/** Counts per group in the usual order, the combined groups last as one part. */
export function combineCounts(byGroup: Partial<Record<GroupId, number>>, combine: ReadonlySet<GroupId>): CountPart[] {
  const parts: CountPart[] = [];
  let combined = 0;
  for (const g of GROUP_IDS) {
    const n = byGroup[g] ?? 0;
    if (n <= 0) continue;
    if (combine.has(g)) combined += n;
    else parts.push({ group: g, count: n });
  }
  if (combined > 0) parts.push({ group: null, count: combined });
  return parts;
}

/** A tally whose combined groups are folded into one part. */
export const tallyParts = (tally: Tally, combine: ReadonlySet<GroupId>): CountPart[] => combineCounts(tally.byGroup, combine);
