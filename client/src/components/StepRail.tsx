import { STEP_IDS, type StepId } from '../../../shared/steps';
import { STEP_NAMES } from '../../../shared/i18n/names';
import { useLang, useT } from '../i18n';

interface Props {
  enabled: readonly StepId[];
  current: StepId;
  onSelect?: (step: StepId) => void;
  disabled?: boolean;
}

/** The 4-D steps in order; the current one marked with aria-current. */
export function StepRail({ enabled, current, onSelect, disabled }: Props) {
  const { lang } = useLang();
  const t = useT();
  const steps = STEP_IDS.filter((s) => enabled.includes(s));
  return (
    <nav className="step-rail" aria-label={t('steps')}>
      <ol>
        {steps.map((s, i) => {
          const isCurrent = s === current;
          const label = STEP_NAMES[s][lang];
          return (
            <li key={s} className={isCurrent ? 'is-current' : undefined}>
              {onSelect ? (
                <button type="button" aria-current={isCurrent ? 'step' : undefined} disabled={disabled} onClick={() => onSelect(s)}>
                  <span className="step-rail__num" aria-hidden="true">{i + 1}</span> {label}
                </button>
              ) : (
                <span aria-current={isCurrent ? 'step' : undefined}>
                  <span className="step-rail__num" aria-hidden="true">{i + 1}</span> {label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
