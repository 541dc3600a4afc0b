import type { RoomState } from '../../../../shared/room';
import type { Room } from '../../net/useRoom';
import { useT } from '../../i18n';

/** Anonymity, participants grouping and the join lock (steps, timer, voting and private writing are in the control bar). */
export function RoomControls({ state, send }: { state: RoomState; send: Room['send'] }) {
  const t = useT();
  return (
    <section className="panel controls" aria-labelledby="controls-h">
      <h2 id="controls-h">{t('participantsAndAccess')}</h2>
      <Toggle label={t('anonymous')} help={t('anonymousHelp')} on={state.anonymous} onChange={(v) => void send('anonymity:set', { anonymous: v })} />
      <Toggle
        label={t('participantsCanGroup')}
        help={t('participantsCanGroupHelp')}
        on={state.participantsCanGroup}
        onChange={(v) => void send('workshop:update', { participantsCanGroup: v })}
      />
      <Toggle label={t('lockJoins')} help={state.locked ? t('lockedHelp') : t('unlockedHelp')} on={state.locked} onChange={(v) => void send('lock:set', { locked: v })} />
    </section>
  );
}

function Toggle(props: { label: string; help: string; on: boolean; onChange: (v: boolean) => void }) {
  const { label, help, on, onChange } = props;
  const t = useT();
  return (
    <div className="control">
      <button type="button" role="switch" aria-checked={on} className={`switch${on ? ' is-on' : ''}`} onClick={() => onChange(!on)}>
        <span className="switch__track" aria-hidden="true">
          <span className="switch__thumb" />
        </span>
        <span className="switch__label">{label}</span>
        <span className="switch__state">{on ? t('on') : t('off')}</span>
      </button>
      <p className="hint">{help}</p>
    </div>
  );
}
