// The Appreciative Inquiry step model: which steps exist, their order, and the
// questions each template asks. Both the server (which decides the current step)
// and the client (which shows it) read this.
import type { Language } from './i18n/language.js';

/**
 * `review` ("Terugblik") opens a follow-up meeting of a series: last time's actions, their
 * status, and what helped. A first meeting does not use it.
 */
export const STEP_IDS = ['review', 'checkin', 'discover', 'dream', 'design', 'deliver'] as const;
export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

export interface LocalText {
  nl: string;
  en: string;
}

export interface StepContent {
  question: LocalText;
  instruction: LocalText;
}

export type StepContents = Record<StepId, StepContent>;

export const TEMPLATE_IDS = ['care', 'plain'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** The same in every template: it is about the series' own actions. */
export const REVIEW_STEP: StepContent = {
  question: {
    nl: 'Hoe staan onze acties ervoor? Wat hielp?',
    en: 'Where do our actions stand? What helped?',
  },
  instruction: {
    nl: 'Kijk naar je eigen actie en zet de stand. Schrijf op wat hielp om verder te komen.',
    en: 'Mark where your own action stands. Add what helped it move forward.',
  },
};

/** `{year}` in a Dream question is replaced by the workshop's horizon year. */
const careTemplate: StepContents = {
  review: REVIEW_STEP,
  checkin: {
    question: {
      nl: 'Wat betekent de zorg voor een naaste voor jou?',
      en: 'How does caring for someone touch you personally?',
    },
    instruction: {
      nl: 'Schrijf als mens, niet vanuit je werk. Eén of twee zinnen zijn genoeg.',
      en: 'Think as a person, not as a role. Write one or two sentences about what caring means to you.',
    },
  },
  discover: {
    question: {
      nl: 'Wanneer werkten jullie goed samen rond een mantelzorger? Waardoor ging het goed?',
      en: 'When did collaboration around a carer go well? What made it work?',
    },
    instruction: {
      nl: 'Geef een voorbeeld van iets dat wél werkt. Schrijf één verhaal per briefje.',
      en: 'Describe a concrete example of what does work. One story or success factor per note.',
    },
  },
  dream: {
    question: {
      nl: 'Wat hebben we in {year} samen voor de mantelzorger bereikt?',
      en: 'What will we have achieved together for carers in {year}?',
    },
    instruction: {
      nl: 'Stel je voor: het is {year} en het is gelukt. Wat zie je? Denk groot. De mantelzorger komt eerst.',
      en: 'Write an ambition as if it is {year} and it worked. Think big; the carer comes first.',
    },
  },
  design: {
    question: {
      nl: 'Wat is de eerste kleine stap naar die ambitie?',
      en: 'From here, what is the first small step towards that ambition?',
    },
    instruction: {
      nl: 'Begin klein. Welke stap kunnen we morgen al zetten? Schrijf ook de eerste actie op.',
      en: 'Start small: a feasible step we could take tomorrow, with its first action.',
    },
  },
  deliver: {
    question: {
      nl: 'Wie doet wat, en wanneer?',
      en: 'Who does what, by when?',
    },
    instruction: {
      nl: 'Maak van de stappen acties. Elke actie krijgt een naam en een datum. In de volgende bijeenkomst kijken we hoe het gaat.',
      en: 'Turn the steps into actions with an owner and a date. We follow them up in the next meeting.',
    },
  },
};

const plainTemplate: StepContents = {
  review: REVIEW_STEP,
  checkin: {
    question: { nl: 'Wat neem je mee naar deze bijeenkomst?', en: 'What do you bring to this meeting?' },
    instruction: { nl: 'Eén zin om te beginnen.', en: 'One sentence to start with.' },
  },
  discover: {
    question: { nl: 'Wat werkt er nu al goed, en waarom?', en: 'What already works well, and why?' },
    instruction: { nl: 'Eén voorbeeld per briefje.', en: 'One example per note.' },
  },
  dream: {
    question: { nl: 'Hoe ziet het eruit in {year} als het ons lukt?', en: 'What does it look like in {year} if we succeed?' },
    instruction: { nl: 'Schrijf een ambitie voor {year}.', en: 'Write an ambition for {year}.' },
  },
  design: {
    question: { nl: 'Wat is de eerste stap?', en: 'What is the first step?' },
    instruction: { nl: 'Klein en haalbaar.', en: 'Small and feasible.' },
  },
  deliver: {
    question: { nl: 'Wie doet wat, wanneer?', en: 'Who does what, by when?' },
    instruction: { nl: 'Acties met een naam en een datum.', en: 'Actions with owner and date.' },
  },
};

export const TEMPLATES: Record<TemplateId, { name: LocalText; steps: StepContents; enabled: StepId[] }> = {
  care: {
    name: { nl: 'Formele en informele zorg', en: 'Formal and informal care' },
    steps: careTemplate,
    enabled: ['checkin', 'discover', 'dream', 'design', 'deliver'],
  },
  plain: {
    name: { nl: 'Eenvoudige 4D-workshop', en: 'Plain 4-D workshop' },
    steps: plainTemplate,
    enabled: ['discover', 'dream', 'design', 'deliver'],
  },
};

export function stepText(content: StepContent, lang: Language, horizonYear: number): { question: string; instruction: string } {
  const fill = (s: string) => s.replaceAll('{year}', String(horizonYear));
  return { question: fill(content.question[lang]), instruction: fill(content.instruction[lang]) };
}

/** The next or previous enabled step, or null at either end. */
export function neighbourStep(enabled: readonly StepId[], current: StepId, direction: 1 | -1): StepId | null {
  const ordered = STEP_IDS.filter((s) => enabled.includes(s));
  const index = ordered.indexOf(current);
  if (index === -1) return ordered[0] ?? null;
  return ordered[index + direction] ?? null;
}
