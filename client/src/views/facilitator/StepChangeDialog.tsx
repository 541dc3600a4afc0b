// Moving on while private notes wait: reveal them first, keep them hidden, or stay.
// A native modal <dialog>: it traps focus, Escape cancels, and focus returns to the
// button that opened it.
import { useEffect, useRef } from 'react';
import type { StepId } from '../../../../shared/steps';
import { STEP_NAMES } from '../../../../shared/i18n/names';
import { useLang, useT } from '../../i18n';

export type StepChoice = 'reveal' | 'keep' | 'cancel';

export function StepChangeDialog({ to, waiting, onChoose }: { to: StepId; waiting: number; onChoose: (choice: StepChoice) => void }) {
  const t = useT();
  const { lang } = useLang();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const step = STEP_NAMES[to][lang];
  return (
    <dialog
      ref={ref}
      className="step-dialog"
      aria-labelledby="step-dialog-h"
      aria-describedby="step-dialog-body"
      data-testid="step-change-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onChoose('cancel');
      }}
    >
      <h2 id="step-dialog-h">{t('stepChangeTitle', { n: waiting })}</h2>
      <p id="step-dialog-body">{t('stepChangeBody', { step })}</p>
      <p className="hint">{t('stepChangeHint')}</p>
      <div className="step-dialog__buttons">
        <button type="button" className="btn btn--primary" onClick={() => onChoose('reveal')} autoFocus>
          {t('revealAndGo', { step })}
        </button>
        <button type="button" className="btn" onClick={() => onChoose('keep')}>
          {t('keepHiddenAndGo', { step })}
        </button>
        <button type="button" className="btn btn--quiet" onClick={() => onChoose('cancel')}>
          {t('cancel')}
        </button>
      </div>
    </dialog>
  );
}
