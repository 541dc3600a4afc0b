// Strings of the paired interviews (issue 16): the phone, the projector and the console.
// Spread into UI (ui.ts); kept apart so parallel edits to ui.ts merge cleanly. The keys
// the facilitator alone reads are listed at the bottom (shared/i18n/audience.ts uses it).
export const UI_INTERVIEWS = {
  // phone
  interviewTitle: { nl: 'Interview in tweetallen', en: 'Paired interviews' },
  interviewHow: {
    nl: 'Je interviewt iemand anders. Daarna interviewt iemand jou. Vraag naar wat goed ging.',
    en: 'You interview someone else. Then someone interviews you. Ask about what went well.',
  },
  yourPartner: { nl: 'Je partner', en: 'Your partner' },
  youInterview: { nl: 'Jij interviewt', en: 'You interview' },
  interviewsYou: { nl: 'Jou interviewt', en: 'Interviewing you' },
  pairNumber: { nl: 'Tweetal {n}', en: 'Pair {n}' },
  trioNumber: { nl: 'Drietal {n}', en: 'Trio {n}' },
  findYourPair: { nl: 'Zoek elkaar op. Het nummer staat op het grote scherm.', en: 'Find each other. The number is on the big screen.' },
  notInRound: {
    nl: 'Je zit nog niet in een tweetal. De gespreksleider zet je erbij.',
    en: 'You are not in a pair yet. The facilitator will add you.',
  },
  roundProposed: { nl: 'De tweetallen zijn bijna klaar. Zo beginnen we.', en: 'The pairs are almost ready. We start soon.' },
  turnOf: { nl: 'Beurt {n} van {m}', en: 'Turn {n} of {m}' },
  nowYouAsk: { nl: 'Nu stel jij de vragen.', en: 'Now you ask the questions.' },
  nowYouAnswer: { nl: 'Nu vertel jij. {name} stelt de vragen.', en: 'Now you tell. {name} asks the questions.' },
  nowYouListen: { nl: 'Nu luister je mee. {name} stelt de vragen.', en: 'Now you listen. {name} asks the questions.' },
  yourGroupDone: { nl: 'Jullie zijn klaar. Maak je aantekeningen af.', en: 'You are done. Finish your notes.' },
  swapRoles: { nl: 'Tijd om te wisselen!', en: 'Time to swap roles!' },
  swapRolesHint: { nl: 'Wie vragen stelde, gaat nu vertellen.', en: 'Whoever asked the questions now tells their story.' },
  swappedAnnounce: { nl: 'Wissel: beurt {n} begint.', en: 'Swap: turn {n} starts.' },
  interviewGuide: { nl: 'Vragen voor het interview', en: 'Interview questions' },
  theirStory: { nl: 'Het verhaal van {name}', en: 'The story of {name}' },
  theirStoryHint: { nl: 'Schrijf op wat je hoort, in een paar zinnen.', en: 'Write down what you hear, in a few sentences.' },
  successFactors: { nl: 'Wat maakte het mogelijk?', en: 'What made it possible?' },
  successFactorsHint: { nl: 'Bijvoorbeeld: korte lijnen, echt luisteren.', en: 'For example: short lines, really listening.' },
  saveStory: { nl: 'Verhaal bewaren', en: 'Save the story' },
  storySaved: { nl: 'Bewaard. {name} ziet het nu.', en: 'Saved. {name} can see it now.' },
  storyYouWrote: { nl: 'Wat jij schreef', en: 'What you wrote' },
  aboutYou: { nl: 'Over jou geschreven', en: 'Written about you' },
  aboutYouHint: {
    nl: 'Klopt het? Je mag het aanpassen of weghalen. De rest van de groep ziet het pas na het interview.',
    en: 'Is it right? You may change it or take it back. The rest of the group sees it only after the interview.',
  },
  writtenBy: { nl: 'Geschreven door {name}', en: 'Written by {name}' },
  withdraw: { nl: 'Weghalen', en: 'Take back' },
  confirmWithdraw: { nl: 'Weet je het zeker? Dan is het weg.', en: 'Are you sure? Then it is gone.' },
  yesWithdraw: { nl: 'Ja, weghalen', en: 'Yes, take it back' },
  nothingAboutYouYet: { nl: 'Er is nog niets over jou geschreven.', en: 'Nothing has been written about you yet.' },
  partnerAnonymous: { nl: 'iemand: {group}', en: 'someone: {group}' },
  factorsLabel: { nl: 'Wat hielp', en: 'What helped' },
  // projector
  pairsWritten: { nl: '{n} van {m} tweetallen hebben geschreven', en: '{n} of {m} pairs have written' },
  storiesWritten: { nl: '{n} van {m} verhalen', en: '{n} of {m} stories' },
  pairsOnScreenHint: { nl: 'Zoek je nummer. Je ziet je partner ook op je telefoon.', en: 'Find your number. Your phone shows your partner too.' },
  // console
  interviewControls: { nl: 'Interviews in tweetallen', en: 'Paired interviews' },
  makePairs: { nl: 'Tweetallen maken', en: 'Make pairs' },
  makePairsHelp: {
    nl: 'De server maakt gemengde tweetallen van wie nu online is: een mantelzorger met een professional of vrijwilliger waar dat kan.',
    en: 'The server makes mixed pairs of everyone online now: a carer with a professional or volunteer wherever possible.',
  },
  swapPeople: { nl: 'Wissel twee mensen', en: 'Swap two people' },
  swapFirst: { nl: 'Eerste persoon', en: 'First person' },
  swapSecond: { nl: 'Tweede persoon', en: 'Second person' },
  swapButton: { nl: 'Wissel', en: 'Swap' },
  startInterviews: { nl: 'Interviews starten', en: 'Start the interviews' },
  nextTurn: { nl: 'Wissel van rol', en: 'Swap roles' },
  endInterviews: { nl: 'Interviews afronden', en: 'End the interviews' },
  endInterviewsHelp: {
    nl: 'Na afronden ziet de hele groep de verhalen, op het grote scherm en op de telefoons.',
    en: 'After ending, the whole room sees the stories, on the big screen and on the phones.',
  },
  cancelRound: { nl: 'Ronde weghalen', en: 'Remove the round' },
  addLateJoiners: { nl: 'Laatkomers toevoegen', en: 'Add late joiners' },
  lateJoinersWaiting: { nl: '{n} online zonder partner', en: '{n} online without a partner' },
  minutesPerTurn: { nl: 'Minuten per beurt', en: 'Minutes per turn' },
  editGuide: { nl: 'Vragen van het interview bewerken', en: 'Edit the interview questions' },
  guideQuestion: { nl: 'Vraag {n} ({lang})', en: 'Question {n} ({lang})' },
  addQuestion: { nl: 'Vraag toevoegen', en: 'Add a question' },
  removeQuestion: { nl: 'Vraag {n} weghalen', en: 'Remove question {n}' },
  saveGuide: { nl: 'Vragen en tijd bewaren', en: 'Save questions and time' },
  roundEnded: { nl: 'De interviews zijn afgerond.', en: 'The interviews have ended.' },
} as const;

/** Keys only the facilitator reads (console): held to the looser budget of the B1 test. */
export const INTERVIEW_FACILITATOR_ONLY = [
  'interviewControls', 'makePairs', 'makePairsHelp', 'swapPeople', 'swapFirst', 'swapSecond', 'swapButton',
  'startInterviews', 'nextTurn', 'endInterviews', 'endInterviewsHelp', 'cancelRound', 'addLateJoiners',
  'lateJoinersWaiting', 'minutesPerTurn', 'editGuide', 'guideQuestion', 'addQuestion', 'removeQuestion', 'saveGuide',
] as const satisfies readonly (keyof typeof UI_INTERVIEWS)[];
