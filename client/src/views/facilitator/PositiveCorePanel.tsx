// Discover closes with "what do we want to keep": the facilitator marks themes as the
// positive core; Dream shows them on the projector and the phones, and the report lists them.
import type { StepId } from '../../../../shared/steps';
import type { Board } from '../../net/useBoard';
import { useThemes } from '../../net/hooks';
import { useT } from '../../i18n';

export function PositiveCorePanel({ board, step }: { board: Board; step: StepId }) {
  const t = useT();
  const themes = useThemes(board, 'discover');
  if ((step !== 'discover' && step !== 'dream') || !themes.length) return null;
  return (
    <fieldset className="control panel positive-core-panel" data-testid="positive-core-panel">
      <legend>{t('positiveCoreConsole')}</legend>
      <p className="hint">{t('positiveCoreConsoleHelp')}</p>
      <ul className="plain-list">
        {themes.map((th) => (
          <li key={th.id}>
            <label className="choice">
              <input
                type="checkbox"
                checked={th.positiveCore === true}
                onChange={(e) => board.board.setPositiveCore(th.id, e.target.checked)}
                aria-label={t('positiveCoreFor', { name: th.name })}
              />{' '}
              {th.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
