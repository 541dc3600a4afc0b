// Labels of the series report (PDF and Markdown), in both languages. Status names, "what",
// "who" and the other words it shares with the meeting report come from ./report.ts.
import type { Language } from './language.js';

export interface SeriesReportLabels {
  reportTitle: string;
  reportSubtitle: string;
  organiser: string;
  period: string;
  meetingCount: string;
  meeting: string;
  exportedOn: (date: string) => string;
  summary: (counts: { meetings: number; actions: number; done: number; open: number }) => string;
  ambitionHeading: string;
  ambitionNow: (year: number) => string;
  ambitionHistory: string;
  noAmbition: string;
  ambitionFirst: string;
  ambitionSame: string;
  ambitionChanged: string;
  meetingsHeading: string;
  meetingLabel: (n: number) => string;
  atTheTable: string;
  missing: string;
  nobodyMissing: string;
  noParticipants: string;
  anonymousMeeting: string;
  mainThemes: string;
  noThemes: string;
  decisions: string;
  chosenAmbition: string;
  smallStep: string;
  newAction: string;
  reviewed: (counts: string) => string;
  noDecisions: string;
  timelineHeading: string;
  timelineIntro: string;
  action: string;
  notInMeeting: string;
  legend: string;
  helpedHeading: string;
  helpedIntro: string;
  noHelped: string;
  openHeading: string;
  openIntro: string;
  nothingOpen: string;
  since: string;
  noActions: string;
}

const nl: SeriesReportLabels = {
  reportTitle: 'Verslag van de reeks',
  reportSubtitle: 'Het verloop van een reeks bijeenkomsten Waarderend veranderen',
  organiser: 'Organisator',
  period: 'Periode',
  meetingCount: 'Bijeenkomsten',
  meeting: 'Bijeenkomst',
  exportedOn: (date) => `Verslag gemaakt op ${date}`,
  summary: ({ meetings, actions, done, open }) =>
    `${meetings} ${meetings === 1 ? 'bijeenkomst' : 'bijeenkomsten'} · ${actions} ${actions === 1 ? 'actie' : 'acties'} · ${done} klaar · ${open} nog open`,
  ambitionHeading: 'Gedeelde ambitie',
  ambitionNow: (year) => `Gedeelde ambitie voor ${year}, zoals die nu is`,
  ambitionHistory: 'Hoe de ambitie veranderde',
  noAmbition: 'Geen gedeelde ambitie gekozen.',
  ambitionFirst: 'Gekozen',
  ambitionSame: 'Niet veranderd',
  ambitionChanged: 'Veranderd',
  meetingsHeading: 'De bijeenkomsten',
  meetingLabel: (n) => `Bijeenkomst ${n}`,
  atTheTable: 'Aan tafel',
  missing: 'Niet aan tafel',
  nobodyMissing: 'Alle verwachte groepen waren er.',
  noParticipants: 'Niemand heeft zich aangemeld.',
  anonymousMeeting: 'Anonieme bijeenkomst: kleine groepen tellen samen mee.',
  mainThemes: 'Belangrijkste thema’s',
  noThemes: 'Geen thema’s gemaakt.',
  decisions: 'Besluiten',
  chosenAmbition: 'Gedeelde ambitie gekozen',
  smallStep: 'Kleine stap',
  newAction: 'Nieuwe actie',
  reviewed: (counts) => `Acties van vorige keer besproken: ${counts}`,
  noDecisions: 'Geen besluiten vastgelegd.',
  timelineHeading: 'Acties door de tijd',
  timelineIntro: 'Elke actie met haar stand per bijeenkomst. Een streepje: de actie stond niet op de lijst van die bijeenkomst.',
  action: 'Actie',
  notInMeeting: '—',
  legend: 'Tekens',
  helpedHeading: 'Wat hielp',
  helpedIntro: 'Wat vooruitgang mogelijk maakte, in de woorden van de deelnemers.',
  noHelped: 'Er zijn geen notities over wat hielp.',
  openHeading: 'Wat staat nog open',
  openIntro: 'Acties die nog niet klaar of gestopt zijn, met hun laatste stand.',
  nothingOpen: 'Alle acties zijn klaar of gestopt.',
  since: 'Sinds',
  noActions: 'In deze reeks zijn geen acties opgeschreven.',
};

const en: SeriesReportLabels = {
  reportTitle: 'Series report',
  reportSubtitle: 'How a series of Appreciative Inquiry meetings went',
  organiser: 'Organiser',
  period: 'Period',
  meetingCount: 'Meetings',
  meeting: 'Meeting',
  exportedOn: (date) => `Report produced on ${date}`,
  summary: ({ meetings, actions, done, open }) =>
    `${meetings} ${meetings === 1 ? 'meeting' : 'meetings'} · ${actions} ${actions === 1 ? 'action' : 'actions'} · ${done} done · ${open} still open`,
  ambitionHeading: 'Shared ambition',
  ambitionNow: (year) => `Shared ambition for ${year}, as it stands`,
  ambitionHistory: 'How the ambition changed',
  noAmbition: 'No shared ambition chosen.',
  ambitionFirst: 'Chosen',
  ambitionSame: 'Unchanged',
  ambitionChanged: 'Changed',
  meetingsHeading: 'The meetings',
  meetingLabel: (n) => `Meeting ${n}`,
  atTheTable: 'At the table',
  missing: 'Missing',
  nobodyMissing: 'Every expected group was there.',
  noParticipants: 'Nobody joined.',
  anonymousMeeting: 'Anonymous meeting: small groups are counted together.',
  mainThemes: 'Main themes',
  noThemes: 'No themes were made.',
  decisions: 'Decisions',
  chosenAmbition: 'Shared ambition chosen',
  smallStep: 'Small step',
  newAction: 'New action',
  reviewed: (counts) => `Actions from last time reviewed: ${counts}`,
  noDecisions: 'No decisions were recorded.',
  timelineHeading: 'Actions over time',
  timelineIntro: 'Each action with its status per meeting. A dash: the action was not on that meeting’s list.',
  action: 'Action',
  notInMeeting: '—',
  legend: 'Symbols',
  helpedHeading: 'What helped',
  helpedIntro: 'What made progress possible, in the participants’ own words.',
  noHelped: 'There are no notes on what helped.',
  openHeading: 'What is still open',
  openIntro: 'Actions not yet done or dropped, with their latest status.',
  nothingOpen: 'Every action is done or dropped.',
  since: 'Since',
  noActions: 'No actions were recorded in this series.',
};

export const SERIES_REPORT_LABELS: Record<Language, SeriesReportLabels> = { nl, en };
