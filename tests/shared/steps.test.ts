import { describe, expect, it } from 'vitest';
import { STEP_IDS, TEMPLATES, TEMPLATE_IDS, isStepId, neighbourStep, stepText } from '../../shared/steps.js';

describe('the step model', () => {
  it('runs check-in, Discover, Dream, Design, Deliver in that order', () => {
    expect(STEP_IDS).toEqual(['review', 'checkin', 'discover', 'dream', 'design', 'deliver']);
    expect(isStepId('dream')).toBe(true);
    expect(isStepId('party')).toBe(false);
    expect(isStepId(3)).toBe(false);
  });

  it('moves forward and back over the steps in use only', () => {
    const used = ['discover', 'dream', 'deliver'] as const;
    expect(neighbourStep(used, 'discover', 1)).toBe('dream');
    expect(neighbourStep(used, 'dream', 1)).toBe('deliver');
    expect(neighbourStep(used, 'deliver', 1)).toBeNull();
    expect(neighbourStep(used, 'discover', -1)).toBeNull();
    expect(neighbourStep(used, 'design', 1)).toBe('discover');
  });

  it('fills the horizon year into the Dream question in both languages', () => {
    const dream = TEMPLATES.care.steps.dream;
    expect(stepText(dream, 'nl', 2031).question).toBe('Wat hebben we in 2031 samen voor de mantelzorger bereikt?');
    expect(stepText(dream, 'en', 2031).question).toContain('in 2031');
    expect(stepText(dream, 'en', 2031).instruction).not.toContain('{year}');
  });
});

describe('the templates', () => {
  it('offer "Formal and informal care" with every step and a plain 4-D workshop without check-in', () => {
    expect(TEMPLATE_IDS).toEqual(['care', 'plain']);
    // The review step opens follow-up meetings of a series only.
    expect(TEMPLATES.care.enabled).toEqual(STEP_IDS.filter((s) => s !== 'review'));
    expect(TEMPLATES.plain.enabled).toEqual(['discover', 'dream', 'design', 'deliver']);
  });

  it('ask the method’s questions, each with an instruction, in Dutch and English', () => {
    for (const id of TEMPLATE_IDS) {
      for (const step of STEP_IDS) {
        const content = TEMPLATES[id].steps[step];
        for (const lang of ['nl', 'en'] as const) {
          expect(content.question[lang].length, `${id}/${step}/${lang}`).toBeGreaterThan(10);
          expect(content.instruction[lang].length, `${id}/${step}/${lang}`).toBeGreaterThan(10);
        }
      }
    }
    const care = TEMPLATES.care.steps;
    expect(care.checkin.question.en).toMatch(/touch you personally/);
    expect(care.discover.question.en).toMatch(/collaboration around a carer go well/);
    expect(care.design.question.en).toMatch(/first small step/);
    expect(care.deliver.question.en).toMatch(/Who does what, by when/);
  });
});
