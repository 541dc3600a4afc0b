import { useEffect, useState } from 'react';
import type { TimerState } from '../../../shared/room';
import { formatClock } from '../lib/time';
import { useT } from '../i18n';

/** Countdown of the server's step timer, corrected by the clock offset. */
export function Timer({ timer, clockOffset, className }: { timer: TimerState; clockOffset: number; className?: string }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  const running = timer.endsAt !== null;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, [running]);
  if (timer.endsAt === null) return null;
  const left = timer.endsAt - (now + clockOffset);
  const over = left <= 0;
  return (
    <div className={`timer${over ? ' timer--over' : ''}${className ? ` ${className}` : ''}`} role="timer" aria-label={t('timeLeft')} data-testid="timer">
      <span className="timer__label">{over ? t('timeUp') : t('timeLeft')}</span>
      <span className="timer__clock">{formatClock(left)}</span>
    </div>
  );
}
