// Strings of the phone views added for issue 12 (posting, Deliver, voting on many
// items, who sees your name). Spread into UI (ui.ts); kept apart so parallel edits to
// ui.ts merge cleanly.
export const UI_PHONES = {
  notePosted: { nl: 'Briefje geplaatst', en: 'Note posted' },
  notePostedPrivate: { nl: 'Bewaard, alleen voor jou', en: 'Saved, for you only' },
  enterMakesNewLine: { nl: 'Met de knop hieronder voeg je het briefje toe.', en: 'Use the button below to add your note.' },
  notesOfOthers: { nl: 'Briefjes van anderen', en: 'Other people’s notes' },
  noNotesOfOthers: { nl: 'Nog geen briefjes van anderen.', en: 'No notes from others yet.' },
  chooseGroupError: { nl: 'Kies eerst vanuit welke rol je hier bent.', en: 'First choose the role you are here in.' },
  whoSeesYourName: { nl: 'Wie ziet je naam?', en: 'Who sees your name?' },
  nameOpen: {
    nl: 'De gespreksleider ziet je naam bij je briefjes, en je naam komt in het verslag. Andere deelnemers en het grote scherm laten je naam niet zien.',
    en: 'The facilitator sees your name with your notes, and your name goes into the report. Other participants and the big screen do not show your name.',
  },
  nameAnonymous: {
    nl: 'Deze workshop is anoniem. Alleen de gespreksleider ziet je naam, in de lijst van wie er is. Je naam staat niet bij je briefjes en komt niet in het verslag.',
    en: 'This workshop is anonymous. Only the facilitator sees your name, in the list of who is here. Your name is not shown with your notes and does not go into the report.',
  },
  nameNoneNeeded: { nl: 'Je mag je naam ook leeg laten.', en: 'You may leave your name empty.' },
  // Deliver
  myActions: { nl: 'Mijn acties', en: 'My actions' },
  allActions: { nl: 'Alle acties', en: 'All actions' },
  otherActions: { nl: 'Andere acties', en: 'Other actions' },
  noActionsYet: { nl: 'Nog geen acties. De gespreksleider zet ze hier neer.', en: 'No actions yet. The facilitator adds them here.' },
  noMyActions: { nl: 'Er staan nog geen acties op jouw naam.', en: 'No actions carry your name yet.' },
  myActionsHow: {
    nl: 'Een actie is van jou als jouw naam ({name}) bij ‘Wie’ staat.',
    en: 'An action is yours when your name ({name}) is under ‘Owner’.',
  },
  myActionsNoName: {
    nl: 'Je deed mee zonder naam, dus we weten niet welke acties van jou zijn.',
    en: 'You joined without a name, so we cannot tell which actions are yours.',
  },
  actionDue: { nl: 'Wanneer: {date}', en: 'Due: {date}' },
  actionOwner: { nl: 'Wie: {owner}', en: 'Owner: {owner}' },
  deliverNoteHint: {
    nl: 'Een idee voor een actie? Schrijf het op een briefje. Het komt op het grote scherm. De gespreksleider kan er een actie van maken.',
    en: 'An idea for an action? Write it on a note: it shows on the big screen and the facilitator can turn it into an action.',
  },
  // voting on many items
  searchVoteItems: { nl: 'Zoeken', en: 'Search' },
  voteMatches: { nl: '{n} van {total} te zien', en: 'Showing {n} of {total}' },
  noVoteMatches: { nl: 'Niets gevonden met ‘{q}’.', en: 'Nothing found for ‘{q}’.' },
  notInAnyTheme: { nl: 'Zonder thema', en: 'Not in a theme' },
  onlyMyDots: { nl: 'Alleen mijn stippen', en: 'Only my dots' },
  // small groups in anonymous mode
  smallGroupsCombined: { nl: 'Kleine groepen samen', en: 'Smaller groups combined' },
  consoleAnonymousOn: {
    nl: 'Anoniem: namen zie alleen jij, hier in de lijst. Ze staan niet bij de briefjes en niet in het verslag. Rollen met minder dan 3 mensen tellen op het grote scherm en in het verslag samen mee.',
    en: 'Anonymous: only you see names, here in the list. They are not shown with notes and not in the report. Roles with fewer than 3 people are counted together on the big screen and in the report.',
  },
  consoleAnonymousOff: {
    nl: 'Niet anoniem: namen staan bij de briefjes op jouw scherm en in het verslag.',
    en: 'Not anonymous: names are shown with the notes on your screen and in the report.',
  },
} as const;
