import { neighbourStep, type StepId } from '../../../../shared/steps';
import type { RoomState } from '../../../../shared/room';
import { STEP_NAMES } from '../../../../shared/i18n/names';
import { StepRail } from '../../components/StepRail';
import { useLang, useT } from '../../i18n';

/** The step rail (click a step) with Previous and Next, in one row of the control bar. */
export function StepControls({ state, onStep }: { state: RoomState; onStep: (step: StepId) => void }) {
  const t = useT();
  const { lang } = useLang();
  const prev = neighbourStep(state.enabledSteps, state.step, -1);
  const next = neighbourStep(state.enabledSteps, state.step, 1);
  return (
    <div className="bar-steps">
      <StepRail enabled={state.enabledSteps} current={state.step} onSelect={(step) => step !== state.step && onStep(step)} />
      <div className="btn-row">
        <button type="button" className="btn" disabled={!prev} onClick={() => prev && onStep(prev)} aria-label={t('previous')} title={t('previous')}>
          <span aria-hidden="true">←</span>
        </button>
        <button type="button" className="btn btn--primary" disabled={!next} onClick={() => next && onStep(next)}>
          {t('next')}
          {next ? `: ${STEP_NAMES[next][lang]}` : ''} →
        </button>
      </div>
    </div>
  );
}
