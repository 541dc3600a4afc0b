import type { RoomState } from '../../../../shared/room';
import type { Room } from '../../net/useRoom';
import { useT } from '../../i18n';

/** Shows or hides the projector's join panel; hidden, its width goes to the board. */
export function JoinPanelToggle({ state, send }: { state: RoomState; send: Room['send'] }) {
  const t = useT();
  const on = !state.joinPanelHidden;
  return (
    <div className="control panel" data-testid="join-panel-toggle">
      <button type="button" role="switch" aria-checked={on} className={`switch${on ? ' is-on' : ''}`} onClick={() => void send('join-panel:set', { hidden: on })}>
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
        <span className="switch__label">{t('joinPanelOnProjector')}</span>
        <span className="switch__state">{on ? t('on') : t('off')}</span>
      </button>
      <p className="hint">{t('joinPanelHelp')}</p>
    </div>
  );
}
