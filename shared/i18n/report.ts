// Labels of the results report and the exports (PDF, Markdown, CSV), in both languages.
// Display names of steps, groups, aspects and levels live in ./names.ts.
import type { Language } from './language.js';
import type { ActionStatus } from '../board-fields.js';

export interface ReportLabels {
  reportTitle: string;
  reportSubtitle: string;
  date: string;
  facilitator: string;
  place: string;
  horizon: string;
  horizonValue: (year: number) => string;
  exportedOn: (date: string) => string;
  summary: (counts: { participants: number; notes: number; votes: number; actions: number }) => string;
  /** Private writing that was never revealed: those notes are not in the report. */
  neverRevealed: (n: number) => string;
  participantsHeading: string;
  participantsIntro: (count: number) => string;
  anonymousNote: string;
  group: string;
  count: string;
  names: string;
  missingGroups: (groups: string) => string;
  question: string;
  ungrouped: string;
  noNotes: string;
  votes: (n: number) => string;
  sharedAmbition: (year: number) => string;
  otherAmbitions: string;
  noSharedAmbition: string;
  linkedTo: string;
  firstAction: string;
  /** Paired interviews: what made the story possible, who interviewed, and their section. */
  successFactors: string;
  interviewedBy: string;
  interviewsHeading: string;
  interviewsIntro: (stories: number) => string;
  actionsHeading: string;
  noActions: string;
  /** The review of a follow-up meeting (a series, issue 15). */
  reviewHeading: string;
  noReview: string;
  status: string;
  whatHelped: string;
  statusNames: Record<ActionStatus, string>;
  what: string;
  owner: string;
  due: string;
  level: string;
  aspect: string;
  overviewHeading: string;
  overviewIntro: string;
  noLevel: string;
  noAspect: string;
  total: string;
  page: (n: number, of: number) => string;
  /** CSV column headers. */
  csv: {
    step: string;
    theme: string;
    text: string;
    group: string;
    author: string;
    aspect: string;
    level: string;
    votesTotal: string;
    votesOf: (group: string) => string;
    created: string;
    what: string;
    owner: string;
    due: string;
    status: string;
    statusNote: string;
  };
}

const nl: ReportLabels = {
  reportTitle: 'Verslag',
  reportSubtitle: 'Resultaten van de workshop Waarderend veranderen',
  date: 'Datum',
  facilitator: 'Gespreksleider',
  place: 'Plaats',
  horizon: 'Ambitie voor',
  horizonValue: (year) => String(year),
  exportedOn: (date) => `Verslag gemaakt op ${date}`,
  summary: ({ participants, notes, votes, actions }) =>
    `${participants} ${participants === 1 ? 'deelnemer' : 'deelnemers'} · ${notes} ${notes === 1 ? 'briefje' : 'briefjes'} · ` +
    `${votes} ${votes === 1 ? 'stip' : 'stippen'} · ${actions} ${actions === 1 ? 'actie' : 'acties'}`,
  neverRevealed: (n) =>
    n === 1
      ? '1 briefje is in stilte geschreven en nooit getoond; het staat niet in dit verslag.'
      : `${n} briefjes zijn in stilte geschreven en nooit getoond; ze staan niet in dit verslag.`,
  participantsHeading: 'Wie deden er mee',
  participantsIntro: (count) => `${count} ${count === 1 ? 'deelnemer' : 'deelnemers'}, naar groep.`,
  anonymousNote: 'Deze workshop was anoniem. Daarom staan er geen namen in.',
  group: 'Groep',
  count: 'Aantal',
  names: 'Namen',
  missingGroups: (groups) => `Verwacht maar niet aanwezig: ${groups}.`,
  question: 'Vraag',
  ungrouped: 'Niet ingedeeld',
  noNotes: 'Bij deze stap zijn geen briefjes geschreven.',
  votes: (n) => `${n} ${n === 1 ? 'stip' : 'stippen'}`,
  sharedAmbition: (year) => `Gedeelde ambitie voor ${year}`,
  otherAmbitions: 'Overige ambities',
  noSharedAmbition: 'Er is geen gedeelde ambitie gekozen.',
  linkedTo: 'Draagt bij aan',
  firstAction: 'Eerste actie',
  successFactors: 'Wat het mogelijk maakte',
  interviewedBy: 'Geïnterviewd door',
  interviewsHeading: 'Interviews: wat het mogelijk maakte',
  interviewsIntro: (n) =>
    `Uit ${n} ${n === 1 ? 'verhaal' : 'verhalen'} van de interviews in tweetallen. Per verhaal: wat het mogelijk maakte, en van wie het verhaal is.`,
  actionsHeading: 'Acties',
  noActions: 'Er zijn nog geen acties opgeschreven.',
  reviewHeading: 'Acties van vorige keer',
  noReview: 'Er waren geen open acties van vorige keer.',
  status: 'Stand',
  whatHelped: 'Wat hielp',
  statusNames: { planned: 'Gepland', 'under-way': 'Bezig', done: 'Klaar', stuck: 'Loopt vast', dropped: 'Gestopt' },
  what: 'Wat',
  owner: 'Wie',
  due: 'Wanneer',
  level: 'Niveau',
  aspect: 'Aspect',
  overviewHeading: 'Overzicht naar aspect en niveau',
  overviewIntro: 'Hoeveel briefjes en acties een aspect van samenwerking en een niveau kregen.',
  noLevel: 'Geen niveau',
  noAspect: 'Geen aspect',
  total: 'Totaal',
  page: (n, of) => `Pagina ${n} van ${of}`,
  csv: {
    step: 'Stap',
    theme: 'Thema',
    text: 'Tekst',
    group: 'Groep',
    author: 'Naam',
    aspect: 'Aspect',
    level: 'Niveau',
    votesTotal: 'Stippen totaal',
    votesOf: (group) => `Stippen ${group}`,
    created: 'Gemaakt',
    what: 'Wat',
    owner: 'Wie',
    due: 'Wanneer',
    status: 'Stand',
    statusNote: 'Toelichting',
  },
};

const en: ReportLabels = {
  reportTitle: 'Report',
  reportSubtitle: 'Results of the Appreciative Inquiry workshop',
  date: 'Date',
  facilitator: 'Facilitator',
  place: 'Place',
  horizon: 'Ambition for',
  horizonValue: (year) => String(year),
  exportedOn: (date) => `Report produced on ${date}`,
  summary: ({ participants, notes, votes, actions }) =>
    `${participants} ${participants === 1 ? 'participant' : 'participants'} · ${notes} ${notes === 1 ? 'note' : 'notes'} · ` +
    `${votes} ${votes === 1 ? 'vote' : 'votes'} · ${actions} ${actions === 1 ? 'action' : 'actions'}`,
  neverRevealed: (n) =>
    n === 1
      ? '1 note was written in private and never revealed; it is not in this report.'
      : `${n} notes were written in private and never revealed; they are not in this report.`,
  participantsHeading: 'Who took part',
  participantsIntro: (count) => `${count} ${count === 1 ? 'participant' : 'participants'}, by group.`,
  anonymousNote: 'This workshop was anonymous: names are not listed.',
  group: 'Group',
  count: 'Count',
  names: 'Names',
  missingGroups: (groups) => `Expected but not present: ${groups}.`,
  question: 'Question',
  ungrouped: 'Not grouped',
  noNotes: 'No notes were written in this step.',
  votes: (n) => `${n} ${n === 1 ? 'vote' : 'votes'}`,
  sharedAmbition: (year) => `Shared ambition for ${year}`,
  otherAmbitions: 'Other ambitions',
  noSharedAmbition: 'No shared ambition was chosen.',
  linkedTo: 'Serves',
  firstAction: 'First action',
  successFactors: 'What made it possible',
  interviewedBy: 'Interviewed by',
  interviewsHeading: 'Interviews: what made it possible',
  interviewsIntro: (n) => `From ${n} ${n === 1 ? 'story' : 'stories'} of the paired interviews. For each story: what made it possible, and whose story it is.`,
  actionsHeading: 'Actions',
  reviewHeading: 'Actions from last time',
  noReview: 'There were no open actions from last time.',
  status: 'Status',
  whatHelped: 'What helped',
  statusNames: { planned: 'Planned', 'under-way': 'Under way', done: 'Done', stuck: 'Stuck', dropped: 'Dropped' },
  noActions: 'No actions have been recorded yet.',
  what: 'What',
  owner: 'Who',
  due: 'When',
  level: 'Level',
  aspect: 'Aspect',
  overviewHeading: 'Overview by aspect and level',
  overviewIntro: 'Number of notes and actions tagged with an aspect of collaboration and a level.',
  noLevel: 'No level',
  noAspect: 'No aspect',
  total: 'Total',
  page: (n, of) => `Page ${n} of ${of}`,
  csv: {
    step: 'Step',
    theme: 'Theme',
    text: 'Text',
    group: 'Group',
    author: 'Name',
    aspect: 'Aspect',
    level: 'Level',
    votesTotal: 'Votes total',
    votesOf: (group) => `Votes ${group}`,
    created: 'Created',
    what: 'What',
    owner: 'Who',
    due: 'When',
    status: 'Status',
    statusNote: 'Status note',
  },
};

export const REPORT_LABELS: Record<Language, ReportLabels> = { nl, en };

/** Dates in the report are read in the Netherlands, whatever the server's time zone. */
export function formatDate(value: number | string, lang: Language, style: 'long' | 'medium' = 'long'): string {
  const date = typeof value === 'number' ? new Date(value) : new Date(`${value}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value : '';
  return dateFormat(lang, style).format(date);
}

// Building an Intl.DateTimeFormat costs about as much as laying out a line of the PDF, and a
// report formats a date per action: one per language and style is enough.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Language, style: 'long' | 'medium'): Intl.DateTimeFormat {
  const key = `${lang} ${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: style, timeZone: 'Europe/Amsterdam' });
    dateFormats.set(key, format);
  }
  return format;
}
