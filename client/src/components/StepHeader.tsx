import type { RoomState } from '../../../shared/room';
import { stepText } from '../../../shared/steps';
import { STEP_NAMES } from '../../../shared/i18n/names';
import { useLang } from '../i18n';

/** Current step name, its question and instruction. */
export function StepHeader({ state, level = 2, hideInstruction }: { state: RoomState; level?: 1 | 2; hideInstruction?: boolean }) {
  const { lang } = useLang();
  const { question, instruction } = stepText(state.stepContent[state.step], lang, state.horizonYear);
  const H = level === 1 ? 'h1' : 'h2';
  return (
    <header className="step-header">
      <p className="step-header__name" data-testid="current-step" data-step={state.step}>
        {STEP_NAMES[state.step][lang]}
      </p>
      <H className="step-header__question">{question}</H>
      {hideInstruction ? null : <p className="step-header__instruction">{instruction}</p>}
    </header>
  );
}
