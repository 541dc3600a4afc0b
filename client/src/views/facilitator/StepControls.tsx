import { neighbourStep } from '../../../../shared/steps';
import type { RoomState } from '../../../../shared/room';
import { STEP_NAMES } from '../../../../shared/i18n/names';
import type { Room } from '../../net/useRoom';
import { StepRail } from '../../components/StepRail';
import { useLang, useT } from '../../i18n';

/** The step rail (click a step) with Previous and Next. */
export function StepControls({ state, send }: { state: RoomState; send: Room['send'] }) {
  const t = useT();
  const { lang } = useLang();
  const prev = neighbourStep(state.enabledSteps, state.step, -1);
  const next = neighbourStep(state.enabledSteps, state.step, 1);
  return (
    <section className="panel" aria-labelledby="steps-h">
      <h2 id="steps-h">{t('steps')}</h2>
      <StepRail enabled={state.enabledSteps} current={state.step} onSelect={(step) => step !== state.step && void send('step:set', { step })} />
      <div className="btn-row btn-row--split">
        <button type="button" className="btn" disabled={!prev} onClick={() => prev && void send('step:set', { step: prev })}>
          ← {t('previous')}
        </button>
        <button type="button" className="btn btn--primary" disabled={!next} onClick={() => next && void send('step:set', { step: next })}>
          {t('next')}
          {next ? `: ${STEP_NAMES[next][lang]}` : ''} →
        </button>
      </div>
    </section>
  );
}
