// Notes and actions as CSV for a spreadsheet: UTF-8 with a byte-order mark so Excel
// reads é and € correctly, CRLF line ends, RFC 4180 quoting. Column headers and
// vocabulary are in the workshop's language, and so is the separator: Excel splits
// columns on the list separator of the user's locale, which is ";" in Dutch (the
// decimal separator there is the comma) and "," in English. A "sep=" first line
// would force it, but Excel then ignores the BOM and mangles the diacritics.
import { actionStatus } from '../../shared/board-fields.js';
import type { WorkshopSnapshot } from '../../shared/snapshot.js';
import { GROUP_IDS } from '../../shared/groups.js';
import { tallyVotes } from '../../shared/tally.js';
import { ASPECT_NAMES, GROUP_NAMES, GROUP_NAMES_PLURAL, LEVEL_NAMES, STEP_NAMES } from '../../shared/i18n/names.js';
import { REPORT_LABELS } from '../../shared/i18n/report.js';
import type { Language } from '../../shared/i18n/language.js';
import { COMBINED_GROUPS_LABEL, groupsToCombine } from '../../shared/small-groups.js';

const BOM = '\uFEFF';
const EOL = '\r\n';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or tab/CR, which some strip
 * first) as a formula: "=HYPERLINK(...)" in a note would otherwise act on the
 * facilitator's machine. A leading apostrophe makes it plain text.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type Separator = ',' | ';';

/** The list separator Excel expects in the workshop's language. */
export const separatorFor = (language: Language): Separator => (language === 'nl' ? ';' : ',');

function quote(value: string, sep: Separator): string {
  return value.includes(sep) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Text cells are neutralised; numbers are ours and pass as they are. */
type Cell = string | number;
const cell = (value: Cell, sep: Separator): string => (typeof value === 'number' ? String(value) : quote(neutralise(value), sep));
const toCsv = (rows: Cell[][], sep: Separator): string => BOM + rows.map((r) => r.map((c) => cell(c, sep)).join(sep)).join(EOL) + EOL;

export function notesCsv(snapshot: WorkshopSnapshot): string {
  const lang = snapshot.room.language;
  const labels = REPORT_LABELS[lang].csv;
  const groupOf = new Map(snapshot.participants.map((p) => [p.id, p.group] as const));
  const nameOf = new Map(snapshot.participants.map((p) => [p.id, p.name] as const));
  const themeName = new Map(snapshot.themes.map((t) => [t.id, t.name] as const));
  const tallies = tallyVotes(snapshot.votes, (voter) => groupOf.get(voter));
  // Anonymous: names stay out, and groups of one or two people get one column together.
  const anonymous = snapshot.room.anonymous;
  const combine = groupsToCombine(snapshot.participants.map((p) => p.group), anonymous);
  const voteColumns = GROUP_IDS.filter((g) => !combine.has(g));
  const combinedCount = (byGroup: Partial<Record<(typeof GROUP_IDS)[number], number>>): Cell[] =>
    combine.size ? [[...combine].reduce((sum, g) => sum + (byGroup[g] ?? 0), 0)] : [];

  const header: Cell[] = [
    labels.step,
    labels.theme,
    labels.text,
    labels.group,
    ...(anonymous ? [] : [labels.author]),
    labels.aspect,
    labels.level,
    labels.votesTotal,
    ...voteColumns.map((g) => labels.votesOf(GROUP_NAMES_PLURAL[g][lang])),
    ...(combine.size ? [labels.votesOf(COMBINED_GROUPS_LABEL[lang])] : []),
    labels.created,
  ];
  const rows = snapshot.notes.map((note): Cell[] => {
    const group = note.group ?? groupOf.get(note.author);
    const tally = tallies.get(note.id);
    return [
      STEP_NAMES[note.step][lang],
      note.themeId ? (themeName.get(note.themeId) ?? '') : '',
      note.text,
      group ? (combine.has(group) ? COMBINED_GROUPS_LABEL[lang] : GROUP_NAMES[group][lang]) : '',
      ...(anonymous ? [] : [nameOf.get(note.author) ?? '']),
      note.aspect ? ASPECT_NAMES[note.aspect][lang] : '',
      note.level ? LEVEL_NAMES[note.level][lang] : '',
      tally?.total ?? 0,
      ...voteColumns.map((g) => tally?.byGroup[g] ?? 0),
      ...combinedCount(tally?.byGroup ?? {}),
      new Date(note.createdAt).toISOString(),
    ];
  });
  return toCsv([header, ...rows], separatorFor(lang));
}

export function actionsCsv(snapshot: WorkshopSnapshot): string {
  const lang = snapshot.room.language;
  const labels = REPORT_LABELS[lang].csv;
  const header: Cell[] = [labels.what, labels.owner, labels.due, labels.level, labels.aspect, labels.status, labels.statusNote];
  const rows = snapshot.actions.map((a): Cell[] => [
    a.what,
    a.owner,
    a.due,
    a.level ? LEVEL_NAMES[a.level][lang] : '',
    a.aspect ? ASPECT_NAMES[a.aspect][lang] : '',
    // A follow-up meeting's review sets these; a first meeting's actions read as planned.
    REPORT_LABELS[lang].statusNames[actionStatus(a)],
    a.statusNote ?? '',
  ]);
  return toCsv([header, ...rows], separatorFor(lang));
}
