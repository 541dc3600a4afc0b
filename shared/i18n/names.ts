// Display names of the fixed vocabularies, in both languages. Views and exports share them.
import type { GroupId } from '../groups.js';
import type { StepId } from '../steps.js';
import type { AspectId, LevelId } from '../lenses.js';
import type { SupportType } from '../support-types.js';
import type { Language } from './language.js';

type Names<K extends string> = Record<K, Record<Language, string>>;

export const STEP_NAMES: Names<StepId> = {
  review: { nl: 'Terugblik', en: 'Review' },
  checkin: { nl: 'Check-in', en: 'Check-in' },
  discover: { nl: 'Ontdekken', en: 'Discover' },
  dream: { nl: 'Dromen', en: 'Dream' },
  design: { nl: 'Ontwerpen', en: 'Design' },
  deliver: { nl: 'Doen', en: 'Deliver' },
};

export const GROUP_NAMES: Names<GroupId> = {
  carer: { nl: 'Mantelzorger', en: 'Carer' },
  volunteer: { nl: 'Vrijwilliger', en: 'Volunteer' },
  professional: { nl: 'Zorgprofessional', en: 'Care professional' },
  organisation: { nl: 'Zorg- of welzijnsorganisatie', en: 'Care or welfare organisation' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  other: { nl: 'Anders', en: 'Other' },
};

/** Plural forms for counts such as "carers: 9". */
export const GROUP_NAMES_PLURAL: Names<GroupId> = {
  carer: { nl: 'Mantelzorgers', en: 'Carers' },
  volunteer: { nl: 'Vrijwilligers', en: 'Volunteers' },
  professional: { nl: 'Zorgprofessionals', en: 'Care professionals' },
  organisation: { nl: 'Organisaties', en: 'Organisations' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  other: { nl: 'Anders', en: 'Other' },
};

/** Short forms, for a label in the corner of a note on a full projector wall. */
export const GROUP_NAMES_SHORT: Names<GroupId> = {
  carer: { nl: 'Mantelzorger', en: 'Carer' },
  volunteer: { nl: 'Vrijwilliger', en: 'Volunteer' },
  professional: { nl: 'Professional', en: 'Professional' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  other: { nl: 'Anders', en: 'Other' },
};

export const ASPECT_NAMES: Names<AspectId> = {
  ambitions: { nl: 'Ambities', en: 'Ambitions' },
  interests: { nl: 'Belangen', en: 'Interests' },
  relationship: { nl: 'Relatie', en: 'Relationship' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  process: { nl: 'Proces', en: 'Process' },
};

export const LEVEL_NAMES: Names<LevelId> = {
  home: { nl: 'Achter de voordeur', en: 'Behind the front door' },
  professionals: { nl: 'Tussen professionals', en: 'Between professionals' },
  community: { nl: 'Wijk en gemeente', en: 'Neighbourhood and municipality' },
};

/** The kinds of support on the social map (the ecogram's list). */
export const SUPPORT_NAMES: Names<SupportType> = {
  practical: { nl: 'Praktische hulp', en: 'Practical help' },
  company: { nl: 'Gezelschap', en: 'Company' },
  advice: { nl: 'Advies', en: 'Advice' },
  emotional: { nl: 'Emotionele steun', en: 'Emotional support' },
  information: { nl: 'Informatie', en: 'Information' },
};
