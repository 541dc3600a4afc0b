// Strings of the living social map and the possibility statements (issue 16). Spread
// into UI (ui.ts); kept apart so parallel edits to ui.ts merge cleanly. Console-only keys
// are listed in audience.ts; the rest are read by participants and held to B1.
export const UI_MAP = {
  // phone: the social map
  mapTitle: { nl: 'Wie doet wat?', en: 'Who does what?' },
  mapIntro: {
    nl: 'Zet jezelf of je organisatie op de kaart. Zo zie je wie wat doet. Het mag, het hoeft niet.',
    en: 'Put yourself or your organisation on the map, so everyone sees who does what. You may; you do not have to.',
  },
  mapAddEntry: { nl: 'Zet mij op de kaart', en: 'Add me to the map' },
  mapAddAnother: { nl: 'Nog iemand op de kaart zetten', en: 'Add another entry' },
  mapEditEntryFor: { nl: 'Wijzig {name}', en: 'Edit {name}' },
  mapDeleteEntryFor: { nl: 'Haal {name} van de kaart', en: 'Remove {name} from the map' },
  mapFormNew: { nl: 'Nieuw op de kaart', en: 'New on the map' },
  mapFormEdit: { nl: 'Wijzig je plek op de kaart', en: 'Edit your place on the map' },
  mapName: { nl: 'Naam van je organisatie of je rol', en: 'Name of your organisation or role' },
  mapNameHint: { nl: 'Bijvoorbeeld: buurvrouw, wijkteam of Steunpunt Mantelzorg.', en: 'For example: neighbour, district team or Carer Support Centre.' },
  mapGroup: { nl: 'Groep', en: 'Group' },
  mapOffers: { nl: 'Wat bied je?', en: 'What do you offer?' },
  mapOfferText: { nl: 'Wat bied je? In je eigen woorden', en: 'What do you offer? In your own words' },
  mapForWhom: { nl: 'Voor wie?', en: 'For whom?' },
  mapContact: { nl: 'Hoe kunnen mensen je bereiken?', en: 'How can people reach you?' },
  mapShareContact: { nl: 'Deel met het netwerk hoe je te bereiken bent', en: 'Share with the network how to reach you' },
  mapShareContactHelp: {
    nl: 'Dan staat het in het verslag van de gespreksleider. Het grote scherm laat het nooit zien. Zonder vinkje bewaren we het niet.',
    en: 'Then it goes into the facilitator’s report. The big screen never shows it. Without the tick it is not kept.',
  },
  mapSave: { nl: 'Opslaan', en: 'Save' },
  mapCancel: { nl: 'Annuleer', en: 'Cancel' },
  mapNameRequired: { nl: 'Vul een naam in.', en: 'Fill in a name.' },
  mapSaved: { nl: 'Je staat op de kaart.', en: 'You are on the map.' },
  mapRemoved: { nl: 'Van de kaart gehaald.', en: 'Removed from the map.' },
  mapTieLabel: { nl: 'Wij werken samen met …', en: 'We work with …' },
  mapTieAdd: { nl: 'Verbind', en: 'Connect' },
  mapTieAddLabel: { nl: 'Nog een lijn naar …', en: 'Another tie to …' },
  mapTieRemoveFor: { nl: 'Haal de lijn naar {name} weg', en: 'Remove the tie to {name}' },
  mapNoOthers: { nl: 'Er staat nog niemand anders op de kaart.', en: 'Nobody else is on the map yet.' },
  mapOthersHeading: { nl: 'Op de kaart', en: 'On the map' },
  // projector: the map view
  mapOnScreenTitle: { nl: 'Wie doet wat? De kaart van ons netwerk', en: 'Who does what? The map of our network' },
  mapEmpty: { nl: 'Nog niemand op de kaart. Zet jezelf erop met je telefoon.', en: 'Nobody on the map yet. Add yourself from your phone.' },
  mapAsList: { nl: 'De kaart als lijst', en: 'The map as a list' },
  mapWorksWith: { nl: 'werkt samen met {names}', en: 'works with {names}' },
  mapPicture: { nl: 'Kaart met {n} plek en {ties} lijnen|Kaart met {n} plekken en {ties} lijnen', en: 'Map with {n} entry and {ties} ties|Map with {n} entries and {ties} ties' },
  // possibility statements (Dream) and the positive core
  possibilityTitle: { nl: 'Zo schrijf je een droom', en: 'How to write a dream' },
  possibilityNow: { nl: 'Schrijf in de tegenwoordige tijd.', en: 'Write in the present tense.' },
  possibilityAsIf: { nl: 'Doe alsof het al zo is.', en: 'Write as if it is already true.' },
  possibilityPositive: { nl: 'Schrijf wat je wél wilt.', en: 'Say what you want, not what you want to avoid.' },
  possibilityStretch: { nl: 'Denk groot. Het mag spannend zijn.', en: 'Think big: it may stretch you.' },
  possibilityGrounded: { nl: 'Bouw voort op wat al werkt.', en: 'Build on what already works.' },
  buildsOnLabel: { nl: 'Dit bouwt voort op …', en: 'This builds on …' },
  buildsOnHint: { nl: 'Kies een of meer thema’s uit Ontdekken.', en: 'Choose one or more themes from Discover.' },
  buildsOnShort: { nl: 'Bouwt voort op: {themes}', en: 'Builds on: {themes}' },
  positiveCoreTitle: { nl: 'Wat we willen houden', en: 'What we want to keep' },
  positiveCoreHint: { nl: 'Dit werkt al. Dit houden we, wat er ook verandert.', en: 'This already works. We keep it, whatever changes.' },
  // console
  mapOnProjector: { nl: 'Sociale kaart op het scherm', en: 'Social map on the projector' },
  mapOnProjectorHelp: {
    nl: 'Toont bij elke stap wie wat doet. Deelnemers zetten zichzelf op de kaart met hun telefoon; de kaart blijft tot je hem weer uitzet.',
    en: 'Shows who does what, at any step. Participants add themselves from their phones; the map stays until you switch it off.',
  },
  positiveCoreConsole: { nl: 'Wat willen we houden? (positieve kern)', en: 'What do we want to keep? (positive core)' },
  positiveCoreConsoleHelp: {
    nl: 'Sluit Ontdekken af met deze vraag. Markeer de thema’s die de groep wil houden; ze staan bij Dromen op het scherm en in het verslag.',
    en: 'Close Discover with this question. Mark the themes the room wants to keep; they show in Dream on the projector and in the report.',
  },
  positiveCoreFor: { nl: '{name}: hoort bij de positieve kern', en: '{name}: part of the positive core' },
} as const;

/** The console's keys (facilitator-only, audience.ts). */
export const UI_MAP_FACILITATOR = ['mapOnProjector', 'mapOnProjectorHelp', 'positiveCoreConsole', 'positiveCoreConsoleHelp', 'positiveCoreFor'] as const;
