// Reading an interview round on a device: who someone is to the viewer, and where they
// stand in the round. Names only where the roster carries them (not in anonymous mode).
import type { InterviewRound } from '../../../shared/interviews';
import type { Roster } from '../../../shared/room';
import type { GroupId } from '../../../shared/groups';
import { GROUP_NAMES_SHORT } from '../../../shared/i18n/names';
import type { Language } from '../../../shared/i18n/language';
import type { Translate } from '../i18n';

export interface Placement {
  /** 0-based index of the group: the pair number on the projector is index + 1. */
  index: number;
  group: string[];
  interviewee: string | null;
  interviewer: string | null;
}

export function placementOf(round: InterviewRound, id: string): Placement | null {
  const index = round.groups.findIndex((g) => g.includes(id));
  if (index < 0) return null;
  const group = round.groups[index]!;
  const i = group.indexOf(id);
  const n = group.length;
  return { index, group, interviewee: n > 1 ? group[(i + 1) % n]! : null, interviewer: n > 1 ? group[(i + n - 1) % n]! : null };
}

/** "Pair 3" or "Trio 3". */
export const groupLabel = (t: Translate, group: readonly string[], index: number): string => t(group.length > 2 ? 'trioNumber' : 'pairNumber', { n: index + 1 });

export function personLabel(t: Translate, lang: Language, roster: Roster | null, id: string): string {
  const entry = roster?.participants.find((p) => p.id === id);
  const group: GroupId = entry?.group ?? 'other';
  const groupName = GROUP_NAMES_SHORT[group][lang];
  return entry?.name ? `${entry.name} (${groupName})` : t('partnerAnonymous', { group: groupName });
}

export const groupOfPerson = (roster: Roster | null, id: string): GroupId | undefined => roster?.participants.find((p) => p.id === id)?.group;
