// What the results report says, worked out once from a snapshot so that the PDF and the
// Markdown export cannot drift apart: which sections, in which order, with which
// tallies. Renderers only decide how it looks.
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import type { Action, Note, Theme } from '../../shared/schema.js';
import { STEP_IDS, stepText, TEMPLATES, type StepId } from '../../shared/steps.js';
import type { GroupId } from '../../shared/groups.js';
import { actionStatus } from '../../shared/board-fields.js';
import { ASPECT_IDS, LEVEL_IDS, type AspectId, type LevelId } from '../../shared/lenses.js';
import { tallyVotes, type Tally } from '../../shared/tally.js';
import { ASPECT_NAMES, GROUP_NAMES, GROUP_NAMES_PLURAL, LEVEL_NAMES, STEP_NAMES } from '../../shared/i18n/names.js';
import { formatDate, REPORT_LABELS, type ReportLabels } from '../../shared/i18n/report.js';
import type { Language } from '../../shared/i18n/language.js';
import { COMBINED_GROUPS_LABEL, COMBINED_GROUPS_NOTE, combineCounts, groupsToCombine } from '../../shared/small-groups.js';
import { MAP_REPORT_LABELS, type MapReportLabels } from '../../shared/i18n/report-map.js';
import { buildMapReport, positiveCoreNames, type MapReport } from './report-map.js';

export interface NoteItem {
  note: Note;
  tally: Tally;
  /** Null when the workshop is anonymous or the author is unknown. */
  authorName: string | null;
  groupName: string | null;
  /** Design notes: the text of the ambition or theme this small step serves. */
  linkedText: string | null;
  /** Interview notes: who interviewed the author (null when anonymous or unknown). */
  interviewerName: string | null;
  /** Dream notes: the names of the Discover themes this ambition builds on. */
  buildsOn: string[];
}

export interface ThemeBlock {
  /** Null for the notes that were not put in a theme of this step. */
  theme: Theme | null;
  tally: Tally;
  notes: NoteItem[];
}

export interface StepSection {
  step: StepId;
  name: string;
  question: string;
  instruction: string;
  noteCount: number;
  blocks: ThemeBlock[];
  /** Dream only: the ambition the room chose together, shown apart and first. */
  sharedAmbition: NoteItem | null;
}

export interface GroupRow {
  /** null: the smaller groups of an anonymous workshop, counted together. */
  group: GroupId | null;
  label: string;
  count: number;
  names: string[];
}

export interface ActionRow {
  action: Action;
  due: string;
  level: string;
  aspect: string;
}

/** A carried action as the review of a follow-up meeting left it. */
export interface ReviewRow {
  action: Action;
  due: string;
  status: string;
  note: string;
  /** "What helped" notes written for it, in order. */
  helped: string[];
}

export interface ReportModel {
  lang: Language;
  labels: ReportLabels;
  title: string;
  date: string;
  exportedOn: string;
  facilitator: string;
  place: string;
  horizonYear: number;
  anonymous: boolean;
  /** Anonymous workshops: groups of one or two people, counted together (small-groups.ts). */
  combinedGroups: ReadonlySet<GroupId>;
  /** Says that small groups were counted together; null when none were. */
  combinedNote: string | null;
  summary: string;
  /** "3 notes were written in private and never revealed…", or null when none were. */
  neverRevealed: string | null;
  participantCount: number;
  groups: GroupRow[];
  missingGroups: string[];
  sections: StepSection[];
  actions: ActionRow[];
  /** The review step's actions (those carried from an earlier meeting); empty without a review step. */
  review: ReviewRow[];
  /**
   * Paired interviews: the success factors of each interview note that has them, as a
   * note item whose text is the factors (in the order they were written).
   */
  interviewFactors: NoteItem[];
  /** Header row then one row per aspect (and "no aspect") and a total row. */
  overview: { columns: string[]; rows: { label: string; cells: number[] }[] };
  mapLabels: MapReportLabels;
  /** The living social map; null when nobody put themselves on it. */
  socialMap: MapReport | null;
  /** Discover's themes the room wants to keep (the positive core). */
  positiveCore: string[];
}

const EMPTY_TALLY: Tally = { total: 0, byGroup: {} };

/** "12 stippen — Mantelzorgers 9, Zorgprofessionals 3"; null when nobody voted. */
export function voteLine(tally: Tally, lang: Language, combine: ReadonlySet<GroupId> = new Set()): string | null {
  if (tally.total <= 0) return null;
  const parts = combineCounts(tally.byGroup, combine).map((p) => `${p.group ? GROUP_NAMES_PLURAL[p.group][lang] : COMBINED_GROUPS_LABEL[lang]} ${p.count}`);
  const total = REPORT_LABELS[lang].votes(tally.total);
  return parts.length ? `${total} — ${parts.join(', ')}` : total;
}

// Most support first, so a reader sees what the room valued; ties keep the order of writing.
const bySupport = (a: { tally: Tally; createdAt: number }, b: { tally: Tally; createdAt: number }): number =>
  b.tally.total - a.tally.total || a.createdAt - b.createdAt;

export function buildReport(snapshot: WorkshopSnapshot): ReportModel {
  const { room } = snapshot;
  const lang = room.language;
  const labels = REPORT_LABELS[lang];
  const groupOfParticipant = new Map(snapshot.participants.map((p) => [p.id, p.group] as const));
  const nameOf = new Map(snapshot.participants.map((p) => [p.id, p.name] as const));
  const tallies = tallyVotes(snapshot.votes, (voter) => groupOfParticipant.get(voter));
  const tallyOf = (id: string): Tally => tallies.get(id) ?? EMPTY_TALLY;
  const noteById = new Map(snapshot.notes.map((n) => [n.id, n] as const));
  const themeById = new Map(snapshot.themes.map((t) => [t.id, t] as const));
  const combine = groupsToCombine(snapshot.participants.map((p) => p.group), room.anonymous);

  const linkedTextOf = (note: Note): string | null => {
    if (!note.linkedTo) return null;
    return noteById.get(note.linkedTo)?.text ?? themeById.get(note.linkedTo)?.name ?? null;
  };
  const item = (note: Note): NoteItem => {
    const group = note.group ?? groupOfParticipant.get(note.author);
    return {
      note,
      tally: tallyOf(note.id),
      authorName: room.anonymous ? null : (nameOf.get(note.author) ?? null),
      groupName: group ? (combine.has(group) ? COMBINED_GROUPS_LABEL[lang] : GROUP_NAMES[group][lang]) : null,
      linkedText: linkedTextOf(note),
      interviewerName: room.anonymous || !note.interviewer ? null : (nameOf.get(note.interviewer) || null),
      buildsOn: (note.buildsOn ?? []).flatMap((id) => themeById.get(id)?.name ?? []),
    };
  };
  const interviewFactors: NoteItem[] = snapshot.notes
    .filter((n) => n.interviewer && n.factors?.trim())
    .map((n) => {
      const { factors, firstAction: _action, linkedTo: _link, ...rest } = n;
      return { ...item({ ...rest, text: factors! }), linkedText: null, interviewerName: null };
    });

  const sections: StepSection[] = STEP_IDS.filter((s) => room.enabledSteps.includes(s)).map((step) => {
    const content = room.stepContent[step] ?? TEMPLATES[room.template].steps[step];
    const { question, instruction } = stepText(content, lang, room.horizonYear);
    const notes = snapshot.notes.filter((n) => n.step === step);
    const shared = step === 'dream' && snapshot.sharedAmbitionId ? (notes.find((n) => n.id === snapshot.sharedAmbitionId) ?? null) : null;
    const themes = snapshot.themes.filter((t) => t.step === step);
    const themeIds = new Set(themes.map((t) => t.id));
    const byTheme = new Map<string | null, NoteItem[]>();
    for (const note of notes) {
      if (note === shared) continue;
      const key = note.themeId && themeIds.has(note.themeId) ? note.themeId : null;
      const list = byTheme.get(key) ?? [];
      list.push(item(note));
      byTheme.set(key, list);
    }
    const sortNotes = (list: NoteItem[]): NoteItem[] =>
      list.sort((a, b) => bySupport({ tally: a.tally, createdAt: a.note.createdAt }, { tally: b.tally, createdAt: b.note.createdAt }));
    const blocks: ThemeBlock[] = themes
      .map((theme) => ({ theme, tally: tallyOf(theme.id), notes: sortNotes(byTheme.get(theme.id) ?? []) }))
      .sort((a, b) => bySupport({ tally: a.tally, createdAt: a.theme.createdAt }, { tally: b.tally, createdAt: b.theme.createdAt }));
    const loose = byTheme.get(null);
    if (loose?.length) blocks.push({ theme: null, tally: EMPTY_TALLY, notes: sortNotes(loose) });
    return {
      step,
      name: STEP_NAMES[step][lang],
      question,
      instruction,
      noteCount: notes.length,
      blocks,
      sharedAmbition: shared ? item(shared) : null,
    };
  });

  const perGroup: Partial<Record<GroupId, number>> = {};
  for (const p of snapshot.participants) perGroup[p.group] = (perGroup[p.group] ?? 0) + 1;
  const groups: GroupRow[] = combineCounts(perGroup, combine).map(({ group, count }) => ({
    group,
    label: group ? GROUP_NAMES_PLURAL[group][lang] : COMBINED_GROUPS_LABEL[lang],
    count,
    names: room.anonymous || !group ? [] : snapshot.participants.filter((p) => p.group === group).map((p) => p.name).filter((n) => n.trim() !== ''),
  }));
  const present = new Set(snapshot.participants.map((p) => p.group));
  const missingGroups = room.expectedGroups.filter((g) => !present.has(g)).map((g) => GROUP_NAMES_PLURAL[g][lang]);

  const actions: ActionRow[] = snapshot.actions.map((action) => ({
    action,
    due: action.due ? formatDate(action.due, lang, 'medium') : '',
    level: action.level ? LEVEL_NAMES[action.level][lang] : '',
    aspect: action.aspect ? ASPECT_NAMES[action.aspect][lang] : '',
  }));

  const review: ReviewRow[] = room.enabledSteps.includes('review')
    ? snapshot.actions
        .filter((action) => action.origin)
        .map((action) => ({
          action,
          due: action.due ? formatDate(action.due, lang, 'medium') : '',
          status: labels.statusNames[actionStatus(action)],
          note: action.statusNote ?? '',
          helped: snapshot.notes.filter((n) => n.step === 'review' && n.linkedTo === action.id).map((n) => n.text),
        }))
    : [];

  const voteCount = snapshot.votes.reduce((sum, v) => sum + v.dots, 0);
  return {
    lang,
    labels,
    title: room.title,
    date: formatDate(snapshot.createdAt, lang),
    exportedOn: labels.exportedOn(formatDate(snapshot.exportedAt, lang)),
    facilitator: room.facilitatorName,
    place: room.place,
    horizonYear: room.horizonYear,
    anonymous: room.anonymous,
    combinedGroups: combine,
    combinedNote: combine.size ? COMBINED_GROUPS_NOTE[lang] : null,
    summary: labels.summary({
      participants: snapshot.participants.length,
      notes: snapshot.notes.length,
      votes: voteCount,
      actions: snapshot.actions.length,
    }),
    neverRevealed: snapshot.unrevealedNotes ? labels.neverRevealed(snapshot.unrevealedNotes) : null,
    participantCount: snapshot.participants.length,
    groups,
    missingGroups,
    sections,
    actions,
    review,
    interviewFactors,
    overview: lensOverview([...snapshot.notes, ...snapshot.actions], lang, labels),
    mapLabels: MAP_REPORT_LABELS[lang],
    socialMap: buildMapReport(snapshot),
    positiveCore: positiveCoreNames(snapshot),
  };
}

function lensOverview(
  items: readonly { aspect?: AspectId; level?: LevelId }[],
  lang: Language,
  labels: ReportLabels,
): ReportModel['overview'] {
  const aspects: (AspectId | null)[] = [...ASPECT_IDS, null];
  const levels: (LevelId | null)[] = [...LEVEL_IDS, null];
  const counts = aspects.map(() => levels.map(() => 0));
  for (const it of items) {
    // Untagged items say nothing about the lenses; counting them would only inflate "none".
    if (!it.aspect && !it.level) continue;
    const row = counts[aspects.indexOf(it.aspect ?? null)];
    const col = levels.indexOf(it.level ?? null);
    if (row) row[col] = (row[col] ?? 0) + 1;
  }
  const rows = aspects.map((a, i) => {
    const cells = counts[i] ?? [];
    return { label: a ? ASPECT_NAMES[a][lang] : labels.noAspect, cells: [...cells, cells.reduce((s, n) => s + n, 0)] };
  });
  const totals = levels.map((_, c) => counts.reduce((s, r) => s + (r[c] ?? 0), 0));
  rows.push({ label: labels.total, cells: [...totals, totals.reduce((s, n) => s + n, 0)] });
  return {
    columns: [labels.aspect, ...LEVEL_IDS.map((l) => LEVEL_NAMES[l][lang]), labels.noLevel, labels.total],
    rows,
  };
}
