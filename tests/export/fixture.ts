// A realistic Dutch workshop for the export tests: the Houten group on respite care
// (respijtzorg), with carers and professionals voting, a shared ambition for 2030,
// small steps and actions. Texts carry é ë ï ü €, dashes, curly quotes, apostrophes
// and one emoji, because that is what people type.
import { TEMPLATES, STEP_IDS, type StepId } from '../../shared/steps.js';
import { GROUP_IDS, type GroupId } from '../../shared/groups.js';
import { ASPECT_IDS, LEVEL_IDS } from '../../shared/lenses.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type SnapshotParticipant, type WorkshopSnapshot } from '../../shared/snapshot.js';
import type { Action, Note, Theme, Vote } from '../../shared/schema.js';

const T0 = Date.UTC(2025, 10, 20, 18, 30); // 20 November 2025, 19:30 in Houten
const min = (n: number): number => T0 + n * 60_000;

export const participants: SnapshotParticipant[] = [
  { id: 'p-anja', name: 'Anja de Vries', group: 'carer', joinedAt: min(0) },
  { id: 'p-henk', name: 'Henk Bosman', group: 'carer', joinedAt: min(1) },
  { id: 'p-fatima', name: 'Fatima El Amrani', group: 'carer', joinedAt: min(1) },
  { id: 'p-joke', name: 'Joke van Dijk', group: 'carer', joinedAt: min(2) },
  { id: 'p-kees', name: 'Kees Verhoef', group: 'volunteer', joinedAt: min(2) },
  { id: 'p-ingrid', name: 'Ingrid Smit', group: 'professional', joinedAt: min(3) },
  { id: 'p-sander', name: 'Sander Kok', group: 'professional', joinedAt: min(3) },
  { id: 'p-priya', name: 'Priya Ramdin', group: 'professional', joinedAt: min(4) },
  { id: 'p-loes', name: 'Loes Vermeulen', group: 'organisation', joinedAt: min(4) },
  { id: 'p-ruud', name: 'Ruud Hendriks', group: 'municipality', joinedAt: min(5) },
];

const groupOf = (id: string): GroupId => participants.find((p) => p.id === id)?.group ?? 'other';

let clock = 10;
function note(id: string, step: StepId, author: string, text: string, extra: Partial<Note> = {}): Note {
  return { id, text, step, author, createdAt: min(clock++), ...(author === 'facilitator' ? {} : { group: groupOf(author) }), ...extra };
}

export const LONG_NOTE =
  'Toen mijn vader na zijn val thuiskwam, stond er binnen een dag een team klaar: de wijkverpleegkundige, ' +
  'de ergotherapeut en iemand van het Mantelzorgcentrum. Ze hadden onderling al afgesproken wie wat deed, ' +
  'zodat ik niet alles drie keer hoefde uit te leggen. Wat het deed werken: ze belden míj eerst, vroegen wat ' +
  'ík nodig had, en er was één telefoonnummer voor alles – ook ’s avonds. Dat gevoel van „we doen dit samen” ' +
  'wil ik voor iedere mantelzorger in Houten.';

export const notes: Note[] = [
  note('n-ci1', 'checkin', 'p-anja', 'Mijn moeder herkent me niet meer, maar ze lacht nog wél als ik zing.'),
  note('n-ci2', 'checkin', 'p-ingrid', 'Als wijkverpleegkundige zie ik hoe zwaar het is – en hoe trots mantelzorgers zijn.'),
  note('n-ci3', 'checkin', 'p-ruud', 'Mijn schoonvader woonde tot zijn 94e thuis; dat lukte alleen dankzij de buren.'),

  note('n-d1', 'discover', 'p-henk', 'De casemanager belde uit zichzelf na de opname: ‘Hoe gaat het met ú?’', { themeId: 't-seen', aspect: 'relationship', level: 'home' }),
  note('n-d2', 'discover', 'p-fatima', 'Eén vast aanspreekpunt bij de thuiszorg: ik hoefde mijn verhaal maar één keer te vertellen.', { themeId: 't-one', aspect: 'organisation', level: 'home' }),
  note('n-d3', 'discover', 'p-joke', 'Logeeropvang in ’t Hofje was binnen twee weken geregeld 🎉 geweldig', { themeId: 't-fast', aspect: 'organisation', level: 'community' }),
  note('n-d4', 'discover', 'p-anja', 'De huisarts vroeg naar míj, niet alleen naar mijn man. Dat was de eerste keer in drie jaar.', { themeId: 't-seen', aspect: 'relationship' }),
  note('n-d5', 'discover', 'p-sander', 'Korte lijnen tussen wijkteam en wijkverpleging: één WhatsApp-groep per cliënt.', { themeId: 't-one', aspect: 'process', level: 'professionals' }),
  note('n-d6', 'discover', 'p-loes', 'Het mantelzorgcompliment van € 150 voelde als erkenning, niet als een fooi.', { aspect: 'interests', level: 'community' }),
  note('n-d7', 'discover', 'p-kees', 'Naïeve vraag van een vrijwilliger: “Zal ik vrijdag even bij uw vader blijven?” — dat gaf lucht.', { themeId: 't-fast', level: 'home' }),
  note('n-d8', 'discover', 'p-priya', '=> Samen plannen werkt: één zorgrooster op de koelkast, voor iedereen zichtbaar.', { aspect: 'process' }),
  note('n-d9', 'discover', 'p-joke', LONG_NOTE, { themeId: 't-one' }),
  note('n-d10', 'discover', 'p-ruud', 'De coördinatie via het sociaal team zorgde dat de gemeente en de zorgverzekeraar niet langs elkaar heen werkten.'),

  note('n-a1', 'dream', 'p-fatima', 'In 2030 weet elke mantelzorger in Houten binnen één week waar hij of zij terecht kan voor respijtzorg – zonder wachtlijst en zonder formulieren.', { aspect: 'ambitions', level: 'community' }),
  note('n-a2', 'dream', 'p-henk', 'Mantelzorgers zitten standaard aan tafel bij het keukentafelgesprek én bij het zorgplan.', { aspect: 'relationship', level: 'home' }),
  note('n-a3', 'dream', 'p-loes', 'Eén respijtloket voor heel Houten, bemand door gemeente, thuiszorg en vrijwilligers samen.', { themeId: 't-near', aspect: 'organisation', level: 'community' }),
  note('n-a4', 'dream', 'p-ingrid', 'Niemand hoeft meer te vragen: wij bellen zelf, elk half jaar.', { themeId: 't-near', aspect: 'relationship', level: 'professionals' }),

  note('n-s1', 'design', 'p-loes', 'Een respijtkaart met alle mogelijkheden in Houten, op één A4.', {
    linkedTo: 'n-a1',
    firstAction: 'Mantelzorgcentrum inventariseert het aanbod bij zes aanbieders.',
    aspect: 'organisation',
    level: 'community',
  }),
  note('n-s2', 'design', 'p-ingrid', 'Wijkverpleging vraagt bij elke intake: ‘Hoe gaat het met ú?’', {
    linkedTo: 't-seen',
    firstAction: 'De vraag opnemen in het intakeformulier.',
    aspect: 'relationship',
    level: 'home',
  }),
  note('n-s3', 'design', 'p-ruud', 'Proef met logeeropvang binnen 14 dagen in ’t Hofje.', {
    linkedTo: 'n-a1',
    firstAction: 'Gesprek met ’t Hofje en de gemeente over € 12.000 proefbudget.',
    aspect: 'interests',
  }),

  note('n-v1', 'deliver', 'facilitator', 'Over een half jaar: netwerkbijeenkomst in het gemeentehuis om de acties te volgen.'),
];

export const themes: Theme[] = [
  { id: 't-one', name: 'Eén vast aanspreekpunt', step: 'discover', createdAt: min(40) },
  { id: 't-seen', name: 'Gezien worden als mantelzorger', step: 'discover', createdAt: min(41) },
  { id: 't-fast', name: 'Respijt dat snel geregeld is', step: 'discover', createdAt: min(42) },
  { id: 't-near', name: 'Snel en dichtbij', step: 'dream', createdAt: min(60) },
];

const carers = ['p-anja', 'p-henk', 'p-fatima', 'p-joke'];
const professionals = ['p-ingrid', 'p-sander', 'p-priya'];
function spread(target: string, voters: string[], dots: number): Vote[] {
  // Spread `dots` over the voters as evenly as possible, as a room would.
  return voters
    .map((voter, i) => ({ voter, target, dots: Math.floor(dots / voters.length) + (i < dots % voters.length ? 1 : 0) }))
    .filter((v) => v.dots > 0);
}

export const votes: Vote[] = [
  // "12 stippen — Mantelzorgers 9, Zorgprofessionals 3"
  ...spread('t-one', carers, 9),
  ...spread('t-one', professionals, 3),
  ...spread('t-seen', carers, 6),
  ...spread('t-seen', ['p-loes'], 2),
  ...spread('n-d1', carers, 3),
  ...spread('n-d3', ['p-kees', 'p-joke'], 2),
  ...spread('n-d9', carers, 4),
  ...spread('n-d9', professionals, 1),
  ...spread('n-a1', carers, 8),
  ...spread('n-a1', professionals, 5),
  ...spread('n-a1', ['p-ruud'], 2),
  ...spread('n-a2', carers, 4),
  ...spread('n-a3', ['p-loes', 'p-ruud', 'p-kees'], 3),
];

export const actions: Action[] = [
  {
    id: 'act-1',
    what: 'Respijtkaart maken en verspreiden via huisartsen, apotheken en het Mantelzorgcentrum',
    owner: 'Loes Vermeulen (Mantelzorgcentrum)',
    due: '2026-03-01',
    level: 'community',
    aspect: 'organisation',
    createdAt: min(90),
  },
  {
    id: 'act-2',
    what: 'Vraag ‘Hoe gaat het met ú?’ opnemen in het intakeformulier wijkverpleging',
    owner: 'Ingrid Smit',
    due: '2026-02-15',
    level: 'home',
    aspect: 'relationship',
    createdAt: min(91),
  },
  {
    id: 'act-3',
    what: 'Proefbudget logeeropvang (€ 12.000) voorleggen aan de wethouder',
    owner: 'Ruud Hendriks (gemeente)',
    due: '2026-04-01',
    level: 'community',
    aspect: 'interests',
    createdAt: min(92),
  },
  { id: 'act-4', what: 'Netwerkbijeenkomst over een half jaar plannen', owner: 'Marieke Jansen', due: '2026-06-15', level: 'professionals', aspect: 'process', createdAt: min(93) },
  { id: 'act-5', what: 'Ervaringen van mantelzorgers met de proef ophalen', owner: 'Anja de Vries', due: '', createdAt: min(94) },
];

export function houtenSnapshot(): WorkshopSnapshot {
  const template = TEMPLATES.care;
  return structuredClone({
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    exportedAt: min(150),
    createdAt: T0,
    room: {
      title: 'Respijtzorg in Houten: samen verder',
      language: 'nl',
      horizonYear: 2030,
      template: 'care',
      place: 'Houten, Huis van de Wijk ’t Hofje',
      facilitatorName: 'Marieke Jansen',
      step: 'deliver',
      enabledSteps: [...template.enabled],
      stepContent: template.steps,
      voting: { open: false, dotsPerParticipant: 5 },
      privateWriting: false,
      anonymous: false,
      locked: false,
      participantsCanGroup: false,
      expectedGroups: ['carer', 'volunteer', 'professional', 'organisation', 'municipality'],
    },
    participants,
    notes,
    themes,
    votes,
    actions,
    sharedAmbitionId: 'n-a1',
  } satisfies WorkshopSnapshot);
}

const WORDS = [
  'mantelzorg', 'respijt', 'wijkverpleging', 'casemanager', 'één', 'aanspreekpunt', 'gemeente', 'vrijwilliger',
  'logeeropvang', 'huisarts', 'coördinatie', 'naïef', 'zorgplan', 'keukentafel', 'samen', 'wél', '€', 'erkenning',
];

/** A large workshop (n notes over all steps) with themes, votes and actions, deterministic. */
export function bigSnapshot(n: number): WorkshopSnapshot {
  const base = houtenSnapshot();
  let seed = 42;
  const rand = (k: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const people: SnapshotParticipant[] = Array.from({ length: 60 }, (_, i) => ({
    id: `bp-${i}`,
    name: `Deelnemer ${i + 1}`,
    group: GROUP_IDS[i % GROUP_IDS.length] ?? 'other',
    joinedAt: T0 + i,
  }));
  // A first meeting: every step but the review, which only follow-up meetings use.
  const steps = STEP_IDS.filter((step) => step !== 'review');
  const bigThemes: Theme[] = steps.flatMap((step, s) =>
    Array.from({ length: 8 }, (_, i) => ({ id: `bt-${s}-${i}`, name: `Thema ${i + 1}: ${WORDS[(s + i) % WORDS.length]}`, step, createdAt: T0 + i })),
  );
  const bigNotes: Note[] = Array.from({ length: n }, (_, i) => {
    const s = i % steps.length;
    const step = steps[s] ?? 'discover';
    const length = 5 + rand(70);
    const text = Array.from({ length }, () => WORDS[rand(WORDS.length)]).join(' ').slice(0, 500);
    const author = people[rand(people.length)] ?? people[0];
    const themed = rand(4) !== 0;
    return {
      id: `bn-${i}`,
      text: i === 7 ? `${text} 👍🏽 ❤️` : text,
      step,
      author: author?.id ?? 'facilitator',
      group: author?.group,
      createdAt: T0 + 1000 + i,
      ...(themed ? { themeId: `bt-${s}-${rand(8)}` } : {}),
      ...(rand(2) ? { aspect: ASPECT_IDS[rand(ASPECT_IDS.length)] } : {}),
      ...(rand(2) ? { level: LEVEL_IDS[rand(LEVEL_IDS.length)] } : {}),
      ...(step === 'design' ? { linkedTo: 'bn-2', firstAction: 'Eerste afspraak maken met de gemeente.' } : {}),
    };
  });
  const bigVotes: Vote[] = [];
  for (const p of people) for (let k = 0; k < 5; k++) bigVotes.push({ voter: p.id, target: `bn-${rand(n)}`, dots: 1 });
  const bigActions: Action[] = Array.from({ length: 120 }, (_, i) => ({
    id: `ba-${i}`,
    what: `Actie ${i + 1}: ${Array.from({ length: 4 + rand(25) }, () => WORDS[rand(WORDS.length)]).join(' ')}`,
    owner: `Eigenaar ${i % 9}`,
    due: `2026-0${1 + (i % 9)}-1${i % 10}`,
    level: LEVEL_IDS[i % LEVEL_IDS.length],
    aspect: ASPECT_IDS[i % ASPECT_IDS.length],
    createdAt: T0 + i,
  }));
  return { ...base, participants: people, notes: bigNotes, themes: bigThemes, votes: bigVotes, actions: bigActions, sharedAmbitionId: 'bn-2' };
}
