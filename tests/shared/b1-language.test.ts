// Dutch texts that participants read stay at language level B1 (issue 18): short
// sentences, everyday (short) words, one voice ("je", never "u"), one word for the dots
// ("stippen"), and a space after every colon. Facilitator-only texts
// (shared/i18n/audience.ts) may be richer but have a budget too.
import { describe, expect, it } from 'vitest';
import { UI, type UiKey } from '../../shared/i18n/ui.js';
import { FACILITATOR_ONLY } from '../../shared/i18n/audience.js';
import { REPORT_LABELS } from '../../shared/i18n/report.js';
import { ASPECT_NAMES, GROUP_NAMES, GROUP_NAMES_PLURAL, GROUP_NAMES_SHORT, LEVEL_NAMES, STEP_NAMES, SUPPORT_NAMES } from '../../shared/i18n/names.js';
import { TEMPLATES } from '../../shared/steps.js';
import { DEFAULT_INTERVIEW_GUIDE } from '../../shared/interviews.js';

interface Budget {
  wordsPerSentence: number;
  lettersPerWord: number;
}
const PARTICIPANT: Budget = { wordsPerSentence: 15, lettersPerWord: 15 };
const FACILITATOR: Budget = { wordsPerSentence: 22, lettersPerWord: 18 };
/** Names of the roles people choose themselves on the join page: long, but their own words. */
const KNOWN_LONG_WORDS = new Set(['welzijnsorganisatie', 'zorgprofessional', 'zorgprofessionals']);

interface Text {
  where: string;
  nl: string;
  budget: Budget;
}

/** Plural forms ("1 briefje|2 briefjes") are separate texts. */
const forms = (s: string): string[] => s.split('|');

function uiTexts(): Text[] {
  return (Object.keys(UI) as UiKey[]).flatMap((key) =>
    forms(UI[key].nl).map((nl) => ({ where: `ui.${key}`, nl, budget: FACILITATOR_ONLY.has(key) ? FACILITATOR : PARTICIPANT })),
  );
}

function stepTexts(): Text[] {
  return Object.entries(TEMPLATES).flatMap(([template, { steps }]) =>
    Object.entries(steps).flatMap(([step, content]) => [
      { where: `${template}.${step}.question`, nl: content.question.nl, budget: PARTICIPANT },
      { where: `${template}.${step}.instruction`, nl: content.instruction.nl, budget: PARTICIPANT },
    ]),
  );
}

function nameTexts(): Text[] {
  const tables = { STEP_NAMES, GROUP_NAMES, GROUP_NAMES_PLURAL, GROUP_NAMES_SHORT, ASPECT_NAMES, LEVEL_NAMES, SUPPORT_NAMES };
  return Object.entries(tables).flatMap(([table, names]) =>
    Object.entries(names).map(([id, n]) => ({ where: `${table}.${id}`, nl: (n as { nl: string }).nl, budget: PARTICIPANT })),
  );
}

/** Every label of the report, the functions called with sample values. Read by the whole room afterwards. */
function reportTexts(): Text[] {
  const out: Text[] = [];
  const visit = (value: unknown, where: string): void => {
    if (typeof value === 'string') out.push({ where, nl: value, budget: FACILITATOR });
    else if (typeof value === 'function') {
      const f = value as (...args: unknown[]) => unknown;
      const sample = where.endsWith('summary') ? [{ participants: 12, notes: 40, votes: 36, actions: 8 }] : where.endsWith('page') ? [2, 9] : [3];
      visit(f(...sample), where);
      if (!where.endsWith('summary') && !where.endsWith('page')) visit(f(1), `${where}(1)`);
    } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, `${where}.${k}`);
  };
  visit(REPORT_LABELS.nl, 'report');
  return out;
}

/** The interview guide every phone shows by default (shared/interviews.ts). */
const guideTexts = (): Text[] => DEFAULT_INTERVIEW_GUIDE.map((q, i) => ({ where: `interviewGuide.${i + 1}`, nl: q.nl, budget: PARTICIPANT }));

const ALL = [...uiTexts(), ...stepTexts(), ...nameTexts(), ...reportTexts(), ...guideTexts()];

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;…])\s+|\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function words(sentence: string): string[] {
  return sentence
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}{]+|[^\p{L}\p{N}}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

describe('Dutch texts at language level B1', () => {
  it('has at least the texts it means to check', () => {
    expect(ALL.length).toBeGreaterThan(200);
    expect(ALL.filter((t) => t.budget === PARTICIPANT).length).toBeGreaterThan(100);
  });

  it('keeps sentences short: 15 words for participants, 22 for the facilitator', () => {
    const long = ALL.flatMap((t) =>
      sentences(t.nl)
        .filter((s) => words(s).length > t.budget.wordsPerSentence)
        .map((s) => `${t.where} (${words(s).length} words > ${t.budget.wordsPerSentence}): ${s}`),
    );
    expect(long, `sentences over budget; shorten them, or list a facilitator-only key in shared/i18n/audience.ts:\n${long.join('\n')}`).toEqual([]);
  });

  it('uses everyday words: no word longer than 15 letters for participants (18 for the facilitator)', () => {
    const long = ALL.flatMap((t) =>
      words(t.nl)
        .flatMap((w) => w.split('-'))
        .filter((w) => !w.startsWith('{') && !KNOWN_LONG_WORDS.has(w.toLowerCase()) && Array.from(w).length > t.budget.lettersPerWord)
        .map((w) => `${t.where}: ${w} (${Array.from(w).length} letters)`),
    );
    expect(long, `words over budget:\n${long.join('\n')}`).toEqual([]);
  });

  it('speaks in one voice: "je", never "u" or "uw"', () => {
    const formal = ALL.filter((t) => /(^|[^\p{L}])(u|uw|U|Uw)(?![\p{L}])/u.test(t.nl)).map((t) => `${t.where}: ${t.nl}`);
    expect(formal).toEqual([]);
  });

  it('calls the dots "stippen", in the UI and the report alike (never "stemmen" as a count)', () => {
    const counts = ALL.filter((t) => /\d\s*(stem|stemmen)\b|\bstemmen (totaal|van)\b|\bStemmen [A-Z]/u.test(t.nl)).map((t) => `${t.where}: ${t.nl}`);
    expect(counts).toEqual([]);
    expect(REPORT_LABELS.nl.votes(12)).toBe('12 stippen');
    expect(REPORT_LABELS.nl.votes(1)).toBe('1 stip');
    expect(REPORT_LABELS.nl.csv.votesTotal).toBe('Stippen totaal');
  });

  it('puts a space after every colon, in Dutch and English', () => {
    const english = (Object.keys(UI) as UiKey[]).map((key) => ({ where: `ui.${key} (en)`, nl: UI[key].en }));
    const tight = [...ALL, ...english].filter((t) => /:(?=[^\s/])/u.test(t.nl)).map((t) => `${t.where}: ${t.nl}`);
    expect(tight).toEqual([]);
  });
});
