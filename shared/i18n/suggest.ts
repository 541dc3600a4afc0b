// The words of the theme-suggestion panel on the console, in Dutch and English. Kept
// beside ui.ts rather than in it so the panel stays one self-contained addition.
import type { Language } from './language.js';

export const SUGGEST_TEXT = {
  title: { nl: 'Thema’s voorstellen', en: 'Suggest themes' },
  suggest: { nl: 'Stel thema’s voor', en: 'Suggest themes' },
  busy: { nl: 'Bezig met voorstellen…', en: 'Suggesting…' },
  intro: {
    nl: 'De server stelt thema’s voor de briefjes zonder thema voor. Dit gebeurt op deze server; er gaat niets naar buiten.',
    en: 'The server suggests themes for the notes without a theme. This happens on this server; nothing leaves it.',
  },
  nothingToDo: { nl: 'Alle briefjes hebben al een thema.', en: 'Every note already has a theme.' },
  previewHint: {
    nl: 'Dit is een voorstel. Op het bord en het grote scherm verandert niets tot je het overneemt.',
    en: 'This is a proposal. Nothing changes on the board or the big screen until you accept it.',
  },
  found: { nl: '{n} thema’s voorgesteld.', en: '{n} themes suggested.' },
  noneFound: { nl: 'Geen thema’s gevonden: de briefjes lijken te weinig op elkaar.', en: 'No themes found: the notes are too unlike each other.' },
  acceptAll: { nl: 'Alles overnemen', en: 'Accept all' },
  discardAll: { nl: 'Voorstel weggooien', en: 'Discard proposal' },
  accept: { nl: 'Overnemen', en: 'Accept' },
  acceptNamed: { nl: 'Thema “{name}” overnemen', en: 'Accept theme “{name}”' },
  discard: { nl: 'Weglaten', en: 'Leave out' },
  discardNamed: { nl: 'Thema “{name}” weglaten', en: 'Leave out theme “{name}”' },
  themeName: { nl: 'Naam van het thema', en: 'Theme name' },
  intoExisting: { nl: 'In het bestaande thema “{name}”', en: 'Into the existing theme “{name}”' },
  moveTo: { nl: 'Briefje “{text}” naar', en: 'Move note “{text}” to' },
  leaveOut: { nl: 'Niet indelen', en: 'Leave unthemed' },
  accepted: { nl: 'Thema “{name}” staat op het bord.', en: 'Theme “{name}” is on the board.' },
  acceptedAll: { nl: 'De thema’s staan op het bord.', en: 'The themes are on the board.' },
  discarded: { nl: 'Voorstel weggegooid.', en: 'Proposal discarded.' },
  failed: { nl: 'Voorstellen lukte niet: {error}', en: 'Suggesting failed: {error}' },
  similarFound: { nl: '{n} briefjes lijken op het gekozen briefje en zijn gemarkeerd.', en: '{n} notes are like the chosen note and are marked.' },
  similarNone: { nl: 'Geen briefjes die op dit briefje lijken.', en: 'No notes like this one.' },
  similarBadge: { nl: 'Lijkt erop', en: 'Similar' },
  similarHint: {
    nl: 'Klik op een briefje (of ga er met Tab naar toe): de briefjes die erop lijken krijgen het label “Lijkt erop”.',
    en: 'Click a note (or Tab into it): the notes like it are labelled “Similar”.',
  },
} satisfies Record<string, Record<Language, string>>;

export type SuggestKey = keyof typeof SUGGEST_TEXT;
