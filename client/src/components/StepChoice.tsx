// Ticking which steps a new meeting of a series uses, in the step model's order.
import { STEP_IDS, type StepId } from '../../../shared/steps';
import { DEFAULT_FOLLOW_UP_STEPS } from '../../../shared/series';
import { STEP_NAMES, useLang, useT } from '../i18n';

export function StepChoice({ id, chosen, onChange }: { id: string; chosen: readonly StepId[]; onChange: (steps: StepId[]) => void }) {
  const t = useT();
  const { lang } = useLang();
  const toggle = (step: StepId, on: boolean) => onChange(STEP_IDS.filter((s) => (s === step ? on : chosen.includes(s))));
  return (
    <fieldset className="checks step-choice">
      <legend>{t('stepsOfNext')}</legend>
      {STEP_IDS.map((step) => (
        <label key={step} className="choice">
          <input type="checkbox" id={`${id}-${step}`} checked={chosen.includes(step)} onChange={(e) => toggle(step, e.target.checked)} />
          <span>{STEP_NAMES[step][lang]}</span>
        </label>
      ))}
    </fieldset>
  );
}

export const FOLLOW_UP_STEPS: StepId[] = [...DEFAULT_FOLLOW_UP_STEPS];
