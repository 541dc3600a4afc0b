// Report labels of the living social map and the possibility statements (issue 16), in
// both languages; apart from report.ts so parallel edits there merge cleanly.
import type { Language } from './language.js';

export interface MapReportLabels {
  mapHeading: string;
  mapIntro: string;
  mapPrivacy: string;
  mapEmpty: string;
  entry: string;
  group: string;
  offers: string;
  forWhom: string;
  worksWith: string;
  contact: string;
  ties: (n: number) => string;
  buildsOn: string;
  positiveCore: string;
  positiveCoreIntro: string;
}

const nl: MapReportLabels = {
  mapHeading: 'Wie doet wat: de sociale kaart',
  mapIntro: 'Wie er meedeed en wat ieder te bieden heeft, zoals de deelnemers het zelf op de kaart zetten. Een lijn betekent: wij werken samen.',
  mapPrivacy: 'Contactgegevens staan er alleen bij als de eigenaar koos voor delen met het netwerk.',
  mapEmpty: 'Niemand zette zichzelf op de kaart.',
  entry: 'Wie',
  group: 'Groep',
  offers: 'Biedt',
  forWhom: 'Voor wie',
  worksWith: 'Werkt samen met',
  contact: 'Contact',
  ties: (n) => (n === 1 ? '1 lijn' : `${n} lijnen`),
  buildsOn: 'Bouwt voort op',
  positiveCore: 'Wat we willen houden: de positieve kern',
  positiveCoreIntro: 'Deze thema’s uit Ontdekken werken al. De groep wil ze houden, wat er ook verandert.',
};

const en: MapReportLabels = {
  mapHeading: 'Who does what: the social map',
  mapIntro: 'Who took part and what each offers, as the participants put themselves on the map. A line means: we work together.',
  mapPrivacy: 'Contact details are shown only where the owner chose to share them with the network.',
  mapEmpty: 'Nobody put themselves on the map.',
  entry: 'Who',
  group: 'Group',
  offers: 'Offers',
  forWhom: 'For whom',
  worksWith: 'Works with',
  contact: 'Contact',
  ties: (n) => (n === 1 ? '1 tie' : `${n} ties`),
  buildsOn: 'Builds on',
  positiveCore: 'What we want to keep: the positive core',
  positiveCoreIntro: 'These themes from Discover already work. The room wants to keep them, whatever changes.',
};

export const MAP_REPORT_LABELS: Record<Language, MapReportLabels> = { nl, en };
