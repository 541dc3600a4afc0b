// Strings of the facilitator's console (control bar, board, step-change question, save
// the link) and the start page's workshop list and import, in Dutch and English. Spread
// into UI (./ui.ts), so `t(key)` finds them like any other.
import type { Language } from './language.js';

type Entry = Record<Language, string>;

export const CONSOLE_UI = {
  // control bar
  controlBar: { nl: 'Bediening van de workshop', en: 'Workshop controls' },
  stepsAndTimer: { nl: 'Stap en tijd', en: 'Step and time' },
  minutesShort: { nl: 'min', en: 'min' },
  timerMinutes: { nl: 'Minuten voor de timer', en: 'Minutes for the timer' },
  dotsShort: { nl: 'stippen', en: 'dots' },
  participantsAndAccess: { nl: 'Deelnemers en toegang', en: 'Participants and access' },
  privateWritingShort: { nl: 'Privé schrijven', en: 'Private writing' },
  privateWritingIsOn: { nl: 'Privé schrijven staat aan', en: 'Private writing is on' },
  unrevealedCount: {
    nl: '{n} briefje wacht om getoond te worden|{n} briefjes wachten om getoond te worden',
    en: '{n} note is waiting to be revealed|{n} notes are waiting to be revealed',
  },
  unrevealedShort: { nl: '{n} wacht|{n} wachten', en: '{n} waiting|{n} waiting' },
  revealCount: { nl: 'Briefjes laten zien ({n})', en: 'Reveal the notes ({n})' },
  // moving on with unrevealed notes
  stepChangeTitle: { nl: 'Er wacht nog {n} briefje|Er wachten nog {n} briefjes', en: '{n} note is not revealed yet|{n} notes are not revealed yet' },
  stepChangeBody: {
    nl: 'Deze briefjes zijn privé geschreven en nog niet getoond. Wat wil je doen voordat je naar {step} gaat?',
    en: 'These notes were written in private and are not revealed yet. What do you want to do before you go to {step}?',
  },
  stepChangeHint: {
    nl: 'Briefjes die verborgen blijven, staan niet in het verslag. Het verslag zegt wel hoeveel het er waren.',
    en: 'Notes that stay hidden are not in the report. The report does say how many there were.',
  },
  revealAndGo: { nl: 'Eerst laten zien, dan naar {step}', en: 'Reveal them, then go to {step}' },
  keepHiddenAndGo: { nl: 'Verborgen laten en naar {step}', en: 'Keep them hidden and go to {step}' },
  // the board
  noteMenu: { nl: 'Meer voor briefje “{text}”', en: 'More for note “{text}”' },
  noteKeysHint: {
    nl: 'Pijltje links of rechts: naar een ander thema. Pijltje omhoog of omlaag: naar het volgende briefje. Enter: menu.',
    en: 'Left or right arrow: move to another theme. Up or down arrow: next note. Enter: menu.',
  },
  movedTo: { nl: '“{text}” staat nu in: {theme}', en: '“{text}” is now in: {theme}' },
  taggedAs: { nl: '“{text}” heeft nu: {tag}', en: '“{text}” now has: {tag}' },
  dragToTag: { nl: 'Sleep een briefje hierop om het te taggen:', en: 'Drag a note onto a tag to tag it:' },
  dropNotesHere: { nl: 'Sleep briefjes hierheen', en: 'Drag notes here' },
  // save the link
  saveLinkTitle: { nl: 'Bewaar deze link', en: 'Save this link' },
  saveLinkBody: {
    nl: 'Met deze link kom je terug in je workshop, ook op een ander apparaat. Zonder de link kan niemand de workshop terugvinden. Houd hem geheim: wie hem heeft, kan de workshop leiden.',
    en: 'This link brings you back to your workshop, also on another device. Without it nobody can find the workshop again. Keep it secret: anyone who has it can run the workshop.',
  },
  yourLink: { nl: 'Jouw link als gespreksleider', en: 'Your facilitator link' },
  mailToSelf: { nl: 'Mail naar mezelf', en: 'E-mail it to myself' },
  mailSubject: { nl: 'Link naar mijn workshop “{title}”', en: 'Link to my workshop “{title}”' },
  mailBody: { nl: 'Mijn link als gespreksleider (houd hem geheim):', en: 'My facilitator link (keep it secret):' },
  linkSaved: { nl: 'Ik heb de link bewaard', en: 'I have saved the link' },
  copyFailed: { nl: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.', en: 'Copying did not work. Select the link and copy it yourself.' },
  // start page: workshops of this device
  myWorkshops: { nl: 'Jouw workshops', en: 'Your workshops' },
  myWorkshopsHelp: {
    nl: 'Workshops die je in deze browser leidde. Alleen op dit apparaat bewaard.',
    en: 'Workshops you ran in this browser. Kept on this device only.',
  },
  madeOn: { nl: 'gemaakt op {date}', en: 'created on {date}' },
  openWorkshopNamed: { nl: 'Workshop “{title}” openen', en: 'Open workshop “{title}”' },
  open: { nl: 'Openen', en: 'Open' },
  forget: { nl: 'Vergeten', en: 'Forget' },
  forgetWorkshopNamed: { nl: 'Workshop “{title}” vergeten op dit apparaat', en: 'Forget workshop “{title}” on this device' },
  forgetConfirm: {
    nl: 'Vergeten op dit apparaat? De workshop zelf blijft bestaan, maar zonder je link kom je er niet meer in.',
    en: 'Forget it on this device? The workshop itself stays, but without your link you cannot get back in.',
  },
  yesForget: { nl: 'Ja, vergeten', en: 'Yes, forget' },
  forgotten: { nl: 'Vergeten op dit apparaat.', en: 'Forgotten on this device.' },
  // start page: import
  importTitle: { nl: 'Verder met een export', en: 'Start from an export' },
  importHelp: {
    nl: 'Kies een JSON-export van Kruiwagen. Je krijgt een nieuwe workshop met dezelfde briefjes, thema’s, stippen en acties.',
    en: 'Choose a Kruiwagen JSON export. You get a new workshop with the same notes, themes, dots and actions.',
  },
  importFile: { nl: 'JSON-export', en: 'JSON export' },
  importButton: { nl: 'Inlezen en openen', en: 'Import and open' },
  importing: { nl: 'Bezig met inlezen…', en: 'Importing…' },
  importNotJson: { nl: 'Dit bestand is geen JSON-export van Kruiwagen.', en: 'This file is not a Kruiwagen JSON export.' },
  importFailed: { nl: 'Inlezen lukte niet: {error}', en: 'Import failed: {error}' },
} satisfies Record<string, Entry>;
