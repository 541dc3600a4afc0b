// The bar that stays at the top of the console while the board scrolls: steps, timer,
// voting and private writing. It publishes its height as --console-bar-h, which the
// page uses as scroll padding, so a focused control is never scrolled behind it.
import { useEffect, useRef, useState } from 'react';
import type { RoomState } from '../../../../shared/room';
import type { StepId } from '../../../../shared/steps';
import { LIMITS } from '../../../../shared/limits';
import type { Room } from '../../net/useRoom';
import { Timer } from '../../components/Timer';
import { useT } from '../../i18n';
import { StepControls } from './StepControls';

interface Props {
  state: RoomState;
  send: Room['send'];
  clockOffset: number;
  onStep: (step: StepId) => void;
}

export function ControlBar({ state, send, clockOffset, onStep }: Props) {
  const t = useT();
  const bar = useStickyHeight();
  const [dots, setDots] = useState(state.voting.dotsPerParticipant || 3);
  const [minutes, setMinutes] = useState(5);
  const running = state.timer.endsAt !== null;
  const waiting = state.unrevealedNotes;
  return (
    <section ref={bar} className="console-bar" aria-label={t('controlBar')} data-testid="control-bar">
      <StepControls state={state} onStep={onStep} />

      <div className="bar-group" role="group" aria-label={t('timer')}>
        <Timer timer={state.timer} clockOffset={clockOffset} className="timer--bar" />
        <label className="bar-field">
          <span className="visually-hidden">{t('timerMinutes')}</span>
          <input id="minutes" type="number" min={1} max={180} value={minutes} onChange={(e) => setMinutes(Math.max(1, Math.min(180, Number(e.target.value) || 1)))} />
          <span aria-hidden="true">{t('minutesShort')}</span>
        </label>
        <button type="button" className="btn" onClick={() => void send('timer:set', { action: 'start', seconds: minutes * 60 })}>
          {running ? t('restartTimer') : t('startTimer')}
        </button>
        {running ? (
          <button type="button" className="btn" onClick={() => void send('timer:set', { action: 'stop' })}>
            {t('stopTimer')}
          </button>
        ) : null}
      </div>

      <div className="bar-group" role="group" aria-label={t('dotVoting')}>
        {state.voting.open ? (
          <>
            <span className="status-line">{t('votingIsOpen', { n: state.voting.dotsPerParticipant })}</span>
            <button type="button" className="btn is-on" aria-pressed="true" onClick={() => void send('voting:set', { open: false })}>
              {t('closeVoting')}
            </button>
          </>
        ) : (
          <>
            <label className="bar-field">
              <span className="visually-hidden">{t('dotsPerParticipant')}</span>
              <input id="dots" type="number" min={1} max={LIMITS.dotsPerParticipant} value={dots} onChange={(e) => setDots(Math.max(1, Math.min(LIMITS.dotsPerParticipant, Number(e.target.value) || 1)))} />
              <span aria-hidden="true">{t('dotsShort')}</span>
            </label>
            <button type="button" className="btn" aria-pressed="false" onClick={() => void send('voting:set', { open: true, dotsPerParticipant: dots })}>
              {t('openVoting')}
            </button>
          </>
        )}
      </div>

      <div className="bar-group" role="group" aria-label={t('privateWriting')}>
        {state.privateWriting || waiting > 0 ? (
          <p className="bar-waiting" data-testid="unrevealed-count">
            {state.privateWriting ? <span className="bar-waiting__on">{t('privateWritingIsOn')}</span> : null}
            <span>{t('unrevealedCount', { n: waiting })}</span>
          </p>
        ) : null}
        {state.privateWriting || waiting > 0 ? (
          <button type="button" className="btn btn--primary" onClick={() => void send('writing:set', { privateWriting: false })}>
            {waiting > 0 ? t('revealCount', { n: waiting }) : t('revealNotes')}
          </button>
        ) : (
          <button type="button" className="btn" aria-pressed="false" onClick={() => void send('writing:set', { privateWriting: true })} title={t('privateWritingOnHelp')}>
            {t('privateWritingShort')}
          </button>
        )}
      </div>
    </section>
  );
}

/** Keeps --console-bar-h on <html> equal to the bar's height (it wraps on narrow windows). */
function useStickyHeight() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const set = () => root.style.setProperty('--console-bar-h', `${Math.ceil(el.getBoundingClientRect().height)}px`);
    set();
    const observer = new ResizeObserver(set);
    observer.observe(el);
    root.classList.add('has-console-bar');
    return () => {
      observer.disconnect();
      root.classList.remove('has-console-bar');
      root.style.removeProperty('--console-bar-h');
    };
  }, []);
  return ref;
}
