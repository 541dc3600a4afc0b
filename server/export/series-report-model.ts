// What the series report says, worked out once from the series' settings and its meetings'
// snapshots, so the PDF and the Markdown cannot drift apart: the ambition and how it
// changed, each meeting (who was at the table, main themes, decisions), every action's
// status per meeting, what helped, and what is still open. The anonymity rules are the
// meeting report's: no participant's name appears at all (a council letter needs counts,
// not names), and in an anonymous meeting groups of one or two people are counted together.
import type { SeriesSettings } from '../../shared/series.js';
import { ACTION_STATUSES, actionStatus, type ActionStatus } from '../../shared/board-fields.js';
import type { Action } from '../../shared/schema.js';
import type { GroupId } from '../../shared/groups.js';
import { tallyVotes, type Tally } from '../../shared/tally.js';
import { GROUP_NAMES_PLURAL, STEP_NAMES } from '../../shared/i18n/names.js';
import { formatDate, REPORT_LABELS, type ReportLabels } from '../../shared/i18n/report.js';
import { SERIES_REPORT_LABELS, type SeriesReportLabels } from '../../shared/i18n/series-report.js';
import type { Language } from '../../shared/i18n/language.js';
import { COMBINED_GROUPS_LABEL, combineCounts, groupsToCombine } from '../../shared/small-groups.js';
import { seriesTimeline, type MeetingSnapshot } from '../series/timeline.js';

/** What the server hands the renderers (and the PDF worker, as JSON). */
export interface SeriesReportInput {
  settings: SeriesSettings;
  /** Oldest first. */
  meetings: MeetingSnapshot[];
  exportedAt: number;
}

/** How many themes and small steps a meeting's summary names: the best supported. */
const MAX_THEMES = 5;
const MAX_STEPS = 5;

export interface AmbitionStage {
  meeting: string;
  text: string | null;
  /** first: chosen for the first time; same: as the meeting before; changed: another text. */
  change: 'first' | 'same' | 'changed' | 'none';
}

export interface MeetingBlock {
  /** "Bijeenkomst 2". */
  label: string;
  title: string;
  date: string;
  shortDate: string;
  place: string;
  anonymous: boolean;
  /** "Mantelzorgers 4", "Kleine groepen samen 3"; counts only. */
  present: string[];
  missing: string[];
  themes: string[];
  decisions: string[];
}

export interface TimelineCell {
  status: ActionStatus;
  word: string;
  note: string;
}

export interface TimelineRow {
  what: string;
  owner: string;
  due: string;
  /** One per meeting; null where the meeting's list did not hold the action. */
  cells: (TimelineCell | null)[];
}

export interface HelpedBlock {
  what: string;
  notes: { meeting: string; text: string }[];
}

export interface OpenRow {
  what: string;
  owner: string;
  due: string;
  status: string;
  note: string;
  since: string;
}

export interface SeriesReportModel {
  lang: Language;
  labels: SeriesReportLabels;
  report: ReportLabels;
  title: string;
  organiser: string;
  horizonYear: number;
  period: string;
  exportedOn: string;
  summary: string;
  /** The series' ambition as it stands (the facilitator's text, else the latest chosen). */
  ambitionNow: string;
  ambitions: AmbitionStage[];
  meetings: MeetingBlock[];
  timeline: TimelineRow[];
  helped: HelpedBlock[];
  open: OpenRow[];
}

const EMPTY: Tally = { total: 0, byGroup: {} };
const CLOSED: readonly ActionStatus[] = ['done', 'dropped'];

export function buildSeriesReport({ settings, meetings, exportedAt }: SeriesReportInput): SeriesReportModel {
  const lang = settings.language;
  const labels = SERIES_REPORT_LABELS[lang];
  const report = REPORT_LABELS[lang];
  const timeline = seriesTimeline(meetings, settings.expectedGroups);
  const meetingLabel = (i: number): string => labels.meetingLabel(i + 1);
  const due = (a: Pick<Action, 'due'>): string => (a.due ? formatDate(a.due, lang, 'medium') : '');

  const blocks = meetings.map(({ snapshot }, i) => meetingBlock(snapshot, i, timeline.meetings[i]?.missing ?? [], lang, labels, report));
  const ambitions = ambitionStages(meetings, meetingLabel);

  const rows: TimelineRow[] = timeline.actions.map((a) => ({
    what: a.what,
    owner: a.owner,
    due: due(a),
    cells: a.history.map((h) => (h ? { status: h.status, word: report.statusNames[h.status], note: h.note } : null)),
  }));

  const helped: HelpedBlock[] = timeline.actions
    .map((a) => ({
      what: a.what,
      notes: meetings.flatMap(({ snapshot }, i) =>
        snapshot.notes.filter((n) => n.step === 'review' && n.linkedTo === a.id).map((n) => ({ meeting: meetingLabel(i), text: n.text })),
      ),
    }))
    .filter((b) => b.notes.length > 0);

  const open: OpenRow[] = [];
  let done = 0;
  for (const a of timeline.actions) {
    const lastAt = a.history.findLastIndex((h) => h !== null);
    const last = a.history[lastAt];
    if (!last) continue;
    if (last.status === 'done') done++;
    if (CLOSED.includes(last.status)) continue;
    const firstAt = a.history.findIndex((h) => h !== null);
    open.push({ what: a.what, owner: a.owner, due: due(a), status: report.statusNames[last.status], note: last.note, since: meetingLabel(firstAt) });
  }

  const first = meetings[0]?.snapshot.createdAt;
  const last = meetings[meetings.length - 1]?.snapshot.createdAt;
  const period = first === undefined || last === undefined ? '' : first === last ? formatDate(first, lang) : `${formatDate(first, lang)} – ${formatDate(last, lang)}`;
  const latestAmbition = [...ambitions].reverse().find((s) => s.text)?.text ?? '';
  return {
    lang,
    labels,
    report,
    title: settings.name,
    organiser: settings.organiser,
    horizonYear: settings.horizonYear,
    period,
    exportedOn: labels.exportedOn(formatDate(exportedAt, lang)),
    summary: labels.summary({ meetings: meetings.length, actions: rows.length, done, open: open.length }),
    ambitionNow: settings.ambition.trim() || latestAmbition,
    ambitions,
    meetings: blocks,
    timeline: rows,
    helped,
    open,
  };
}

function ambitionStages(meetings: readonly MeetingSnapshot[], meetingLabel: (i: number) => string): AmbitionStage[] {
  let before: string | null = null;
  return meetings.map(({ snapshot }, i) => {
    const id = snapshot.sharedAmbitionId;
    const text = (id ? snapshot.notes.find((n) => n.id === id)?.text : undefined) ?? null;
    const change: AmbitionStage['change'] = !text ? 'none' : before === null ? 'first' : text === before ? 'same' : 'changed';
    if (text) before = text;
    return { meeting: meetingLabel(i), text, change };
  });
}

function meetingBlock(
  snapshot: MeetingSnapshot['snapshot'],
  index: number,
  missing: readonly GroupId[],
  lang: Language,
  labels: SeriesReportLabels,
  report: ReportLabels,
): MeetingBlock {
  const { room } = snapshot;
  const groupOf = new Map(snapshot.participants.map((p) => [p.id, p.group] as const));
  const tallies = tallyVotes(snapshot.votes, (voter) => groupOf.get(voter));
  const support = (id: string): number => (tallies.get(id) ?? EMPTY).total;
  const combine = groupsToCombine(snapshot.participants.map((p) => p.group), room.anonymous);
  const perGroup: Partial<Record<GroupId, number>> = {};
  for (const p of snapshot.participants) perGroup[p.group] = (perGroup[p.group] ?? 0) + 1;
  const present = combineCounts(perGroup, combine).map(({ group, count }) => `${group ? GROUP_NAMES_PLURAL[group][lang] : COMBINED_GROUPS_LABEL[lang]} ${count}`);

  // What this meeting made itself: carried content (with an origin) was decided before.
  const bySupport = <T extends { id: string; createdAt: number }>(a: T, b: T): number => support(b.id) - support(a.id) || a.createdAt - b.createdAt;
  const themes = snapshot.themes
    .filter((t) => !t.origin)
    .sort(bySupport)
    .slice(0, MAX_THEMES)
    .map((t) => {
      const votes = support(t.id);
      return `${t.name} (${STEP_NAMES[t.step][lang]}${votes ? `, ${report.votes(votes)}` : ''})`;
    });

  const decisions: string[] = [];
  const ambition = snapshot.sharedAmbitionId ? snapshot.notes.find((n) => n.id === snapshot.sharedAmbitionId) : undefined;
  if (ambition && !ambition.origin) decisions.push(`${labels.chosenAmbition}: ${ambition.text}`);
  const reviewed = snapshot.actions.filter((a) => a.origin);
  if (reviewed.length) {
    const counts = ACTION_STATUSES.map((s) => [s, reviewed.filter((a) => actionStatus(a) === s).length] as const).filter(([, n]) => n > 0);
    decisions.push(labels.reviewed(counts.map(([s, n]) => `${n} ${report.statusNames[s].toLowerCase()}`).join(', ')));
  }
  const steps = snapshot.notes.filter((n) => n.step === 'design' && !n.origin).sort(bySupport).slice(0, MAX_STEPS);
  for (const s of steps) decisions.push(`${labels.smallStep}: ${s.text}`);
  for (const a of snapshot.actions.filter((x) => !x.origin)) decisions.push(`${labels.newAction}: ${a.what}${a.owner ? ` (${a.owner})` : ''}`);

  return {
    label: labels.meetingLabel(index + 1),
    title: room.title,
    date: formatDate(snapshot.createdAt, lang),
    shortDate: formatDate(snapshot.createdAt, lang, 'medium'),
    place: room.place,
    anonymous: room.anonymous,
    present,
    missing: missing.map((g) => GROUP_NAMES_PLURAL[g][lang]),
    themes,
    decisions,
  };
}
