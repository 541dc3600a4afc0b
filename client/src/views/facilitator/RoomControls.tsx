import { useState } from 'react';
import type { RoomState } from '../../../../shared/room';
import { LIMITS } from '../../../../shared/limits';
import type { Room } from '../../net/useRoom';
import { useT } from '../../i18n';

/** Voting, timer, private writing, anonymity, participants grouping and the join lock. */
export function RoomControls({ state, send }: { state: RoomState; send: Room['send'] }) {
  const t = useT();
  const [dots, setDots] = useState(state.voting.dotsPerParticipant || 3);
  const [minutes, setMinutes] = useState(5);
  const running = state.timer.endsAt !== null;
  return (
    <section className="panel controls" aria-labelledby="controls-h">
      <h2 id="controls-h">{t('controls')}</h2>

      <fieldset className="control">
        <legend>{t('dotVoting')}</legend>
        <div className="control__row">
          <label htmlFor="dots">{t('dotsPerParticipant')}</label>
          <input id="dots" type="number" min={1} max={LIMITS.dotsPerParticipant} value={dots} onChange={(e) => setDots(Math.max(1, Math.min(LIMITS.dotsPerParticipant, Number(e.target.value) || 1)))} />
        </div>
        {state.voting.open ? (
          <button type="button" className="btn btn--block is-on" aria-pressed="true" onClick={() => void send('voting:set', { open: false })}>
            {t('closeVoting')}
          </button>
        ) : (
          <button type="button" className="btn btn--block" aria-pressed="false" onClick={() => void send('voting:set', { open: true, dotsPerParticipant: dots })}>
            {t('openVoting')}
          </button>
        )}
        {state.voting.open ? <p className="status-line">{t('votingIsOpen', { n: state.voting.dotsPerParticipant })}</p> : null}
      </fieldset>

      <fieldset className="control">
        <legend>{t('timer')}</legend>
        <div className="control__row">
          <label htmlFor="minutes">{t('minutes')}</label>
          <input id="minutes" type="number" min={1} max={180} value={minutes} onChange={(e) => setMinutes(Math.max(1, Math.min(180, Number(e.target.value) || 1)))} />
        </div>
        <div className="btn-row">
          <button type="button" className="btn" onClick={() => void send('timer:set', { action: 'start', seconds: minutes * 60 })}>
            {running ? t('restartTimer') : t('startTimer')}
          </button>
          <button type="button" className="btn" disabled={!running} onClick={() => void send('timer:set', { action: 'stop' })}>
            {t('stopTimer')}
          </button>
        </div>
      </fieldset>

      <Toggle
        label={t('privateWriting')}
        help={state.privateWriting ? t('privateWritingOnHelp') : t('privateWritingOffHelp')}
        on={state.privateWriting}
        onLabel={t('revealNotes')}
        offLabel={t('startPrivateWriting')}
        onChange={(v) => void send('writing:set', { privateWriting: v })}
      />
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

function Toggle(props: { label: string; help: string; on: boolean; onChange: (v: boolean) => void; onLabel?: string; offLabel?: string }) {
  const { label, help, on, onChange } = props;
  const t = useT();
  if (props.onLabel && props.offLabel) {
    return (
      <div className="control">
        <p className="control__title">{label}</p>
        <button type="button" className={`btn btn--block${on ? ' is-on' : ''}`} onClick={() => onChange(!on)}>
          {on ? props.onLabel : props.offLabel}
        </button>
        <p className="hint">{help}</p>
      </div>
    );
  }
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
