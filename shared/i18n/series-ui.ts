// Strings of a series of meetings (issue 15): the review step on phones, projector and
// console, starting the next meeting, and the series page. Spread into UI (ui.ts); kept
// apart so parallel edits to ui.ts merge cleanly. Keys only the facilitator reads are
// listed in SERIES_FACILITATOR_ONLY (shared/i18n/audience.ts takes them).

export const SERIES_UI = {
  // action status: phones and projector
  statusPlanned: { nl: 'Gepland', en: 'Planned' },
  statusUnderWay: { nl: 'Bezig', en: 'Under way' },
  statusDone: { nl: 'Klaar', en: 'Done' },
  statusStuck: { nl: 'Loopt vast', en: 'Stuck' },
  statusDropped: { nl: 'Gestopt', en: 'Dropped' },
  actionStatus: { nl: 'Stand', en: 'Status' },
  statusNoteLabel: { nl: 'Wat is er gebeurd?', en: 'What happened?' },
  saveStatus: { nl: 'Stand opslaan', en: 'Save status' },
  statusOf: { nl: 'Stand van: {what}', en: 'Status of: {what}' },
  reviewMine: { nl: 'Jouw acties', en: 'Your actions' },
  reviewMineHint: { nl: 'Zet de stand van je actie. Schrijf er kort bij wat er gebeurde.', en: 'Mark where your action stands, with a short note of what happened.' },
  reviewAll: { nl: 'Acties van vorige keer', en: 'Actions from last time' },
  noReviewActions: { nl: 'Er zijn geen acties van vorige keer.', en: 'There are no actions from last time.' },
  whatHelped: { nl: 'Wat hielp?', en: 'What helped?' },
  whatHelpedFor: { nl: 'Wat hielp bij: {what}', en: 'What helped with: {what}' },
  whatHelpedHint: { nl: 'Wat maakte het mogelijk? Eén ding per keer.', en: 'What made progress possible? One thing at a time.' },
  addWhatHelped: { nl: 'Toevoegen', en: 'Add' },
  whatHelpedCount: { nl: 'Wat hielp ({n})', en: 'What helped ({n})' },
  fromEarlier: { nl: 'Van vorige keer', en: 'From last time' },
  positiveCore: { nl: 'Onze positieve kern', en: 'Our positive core' },

  // console: review step
  ownerPhone: { nl: 'Telefoon van de eigenaar', en: 'Owner’s phone' },
  ownerPhoneNone: { nl: 'Geen: alleen de gespreksleider', en: 'None: facilitator only' },
  ownerPhoneFor: { nl: 'Telefoon van de eigenaar van: {what}', en: 'Owner’s phone for: {what}' },
  reviewConsoleHint: {
    nl: 'Kies bij elke actie de telefoon van de eigenaar: die zet dan zelf de stand. Jij kunt het hier ook doen.',
    en: 'Pick the owner’s phone for each action: they can then mark it themselves. You can mark it here as well.',
  },
  toSmallStep: { nl: 'Maak er een kleine stap van', en: 'Turn into a small step' },
  madeSmallStep: { nl: 'Staat nu bij Ontwerpen', en: 'Now in Design' },

  // console: next meeting
  nextMeeting: { nl: 'Volgende bijeenkomst', en: 'Next meeting' },
  nextMeetingHelp: {
    nl: 'Een nieuwe workshop in dezelfde reeks. De ambitie, de positieve kern, de kleine stappen en de open acties gaan mee.',
    en: 'A new workshop in the same series. The ambition, the positive core, the small steps and the open actions carry over.',
  },
  meetingTitle: { nl: 'Titel van de bijeenkomst', en: 'Meeting title' },
  stepsOfNext: { nl: 'Stappen van de nieuwe bijeenkomst', en: 'Steps of the new meeting' },
  startNextMeeting: { nl: 'Start de volgende bijeenkomst', en: 'Start the next meeting' },
  nextMeetingStarted: { nl: 'De volgende bijeenkomst staat klaar.', en: 'The next meeting is ready.' },
  openNewMeeting: { nl: 'Open de nieuwe bijeenkomst', en: 'Open the new meeting' },
  seriesLinkOnce: {
    nl: 'Dit is de geheime link van de nieuwe reeks. Bewaar hem goed: je ziet hem maar één keer.',
    en: 'This is the secret link of the new series. Keep it safe: it is shown only once.',
  },
  openSeries: { nl: 'Open de reeks', en: 'Open the series' },

  // series page
  seriesPage: { nl: 'Reeks bijeenkomsten', en: 'Series of meetings' },
  seriesNoAccess: { nl: 'Deze reeks kun je niet openen', en: 'You cannot open this series' },
  seriesNoAccessBody: { nl: 'Open de reeks met de geheime link die je kreeg toen de reeks begon.', en: 'Open the series with the secret link you got when it started.' },
  seriesName: { nl: 'Naam van het netwerk', en: 'Name of the network' },
  organiser: { nl: 'Organisator', en: 'Organiser' },
  ambitionAsItStands: { nl: 'Gedeelde ambitie zoals die nu is', en: 'Shared ambition as it stands' },
  seriesSettings: { nl: 'Gegevens van de reeks', en: 'About the series' },
  meetings: { nl: 'Bijeenkomsten', en: 'Meetings' },
  meetingDate: { nl: 'Datum', en: 'Date' },
  presentPerGroup: { nl: 'Aan tafel', en: 'At the table' },
  absentGroups: { nl: 'Niet aan tafel', en: 'Missing' },
  openConsole: { nl: 'Console', en: 'Console' },
  openConsoleFor: { nl: 'Open de console van {title}', en: 'Open the console of {title}' },
  reportFor: { nl: 'Verslag (pdf) van {title}', en: 'Report (PDF) of {title}' },
  report: { nl: 'Verslag', en: 'Report' },
  noMeetingsYet: { nl: 'Nog geen bijeenkomsten.', en: 'No meetings yet.' },
  importIntoSeries: { nl: 'Een export (JSON) toevoegen als bijeenkomst', en: 'Add an export (JSON) as a meeting' },
  importedMeeting: { nl: 'Toegevoegd: {title}', en: 'Added: {title}' },
  importIntoSeriesButton: { nl: 'Toevoegen aan de reeks', en: 'Add to the series' },
  deleteSeries: { nl: 'Reeks verwijderen', en: 'Delete the series' },
  deleteSeriesConfirm: {
    nl: 'Weet je het zeker? Deze bijeenkomsten worden ook verwijderd, met alle briefjes, namen en acties:',
    en: 'Are you sure? These meetings are deleted too, with every note, name and action:',
  },
  deleteSeriesNoMeetings: { nl: 'De reeks heeft geen bijeenkomsten meer.', en: 'The series has no meetings left.' },
  seriesDeleted: { nl: 'De reeks en haar bijeenkomsten zijn verwijderd.', en: 'The series and its meetings have been deleted.' },
  seriesKeptUntil: {
    nl: 'De reeks blijft bewaard tot {date}. Elke activiteit in een bijeenkomst schuift die datum op.',
    en: 'The series is kept until {date}. Any activity in one of its meetings moves that date on.',
  },
} as const;

export const SERIES_FACILITATOR_ONLY = [
  'ownerPhone', 'ownerPhoneNone', 'ownerPhoneFor', 'reviewConsoleHint', 'toSmallStep', 'madeSmallStep',
  'nextMeeting', 'nextMeetingHelp', 'meetingTitle', 'stepsOfNext', 'startNextMeeting', 'nextMeetingStarted', 'openNewMeeting',
  'seriesLinkOnce', 'openSeries', 'seriesPage', 'seriesNoAccess', 'seriesNoAccessBody', 'seriesName', 'organiser',
  'ambitionAsItStands', 'seriesSettings', 'meetings', 'meetingDate', 'presentPerGroup', 'absentGroups', 'openConsole',
  'openConsoleFor', 'reportFor', 'report', 'noMeetingsYet', 'importIntoSeries', 'importedMeeting', 'importIntoSeriesButton', 'deleteSeries',
  'deleteSeriesConfirm', 'deleteSeriesNoMeetings', 'seriesDeleted', 'seriesKeptUntil',
] as const satisfies readonly (keyof typeof SERIES_UI)[];
