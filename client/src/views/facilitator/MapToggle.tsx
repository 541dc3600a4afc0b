import type { RoomState } from '../../../../shared/room';
import type { Room } from '../../net/useRoom';
import { useT } from '../../i18n';

/** Puts the living social map on the projector over whatever step the room is in, or takes it off. */
export function MapToggle({ state, send }: { state: RoomState; send: Room['send'] }) {
  const t = useT();
  const on = state.mapShown;
  return (
    <div className="control panel" data-testid="map-toggle">
      <button type="button" role="switch" aria-checked={on} aria-describedby="map-toggle-help" className={`switch${on ? ' is-on' : ''}`} onClick={() => void send('map:show', { shown: !on })}>
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
        <span className="switch__label">{t('mapOnProjector')}</span>
        <span className="switch__state">{on ? t('on') : t('off')}</span>
      </button>
      <p className="hint" id="map-toggle-help">
        {t('mapOnProjectorHelp')}
      </p>
    </div>
  );
}
