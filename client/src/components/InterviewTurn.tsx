// The clock of an interview turn, and the "swap roles" moment when it runs out: the same
// on every phone and on the projector. The moment is an alert, so screen readers say it.
import { useEffect, useState } from 'react';
import type { InterviewRound } from '../../../shared/interviews';
import { formatClock } from '../lib/time';
import { useT } from '../i18n';
import '../styles/interviews.css';

export function InterviewTurn({ round, clockOffset, big = false }: { round: InterviewRound; clockOffset: number; big?: boolean }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  const running = round.phase === 'running' && round.endsAt !== null;
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, [running]);
  if (!running || round.endsAt === null) return null;
  const left = round.endsAt - (now + clockOffset);
  const over = left <= 0;
  const moreTurns = round.turn + 1 < round.turns;
  return (
    <div className={`interview-turn${big ? ' interview-turn--big' : ''}`}>
      <div className={`timer${over ? ' timer--over' : ''}${big ? ' timer--big' : ''}`} role="timer" aria-label={t('timeLeft')} data-testid="interview-timer">
        <span className="timer__label">{t('turnOf', { n: round.turn + 1, m: round.turns })}</span>
        <span className="timer__clock">{formatClock(left)}</span>
      </div>
      {over ? (
        <div className="swap-moment" role="alert" data-testid="swap-moment">
          <p className="swap-moment__title">{moreTurns ? t('swapRoles') : t('timeUp')}</p>
          {moreTurns ? <p className="swap-moment__hint">{t('swapRolesHint')}</p> : null}
        </div>
      ) : null}
    </div>
  );
}

/** The guide's questions in the viewer's language. */
export function InterviewQuestions({ questions, headingLevel = 3 }: { questions: string[]; headingLevel?: 2 | 3 }) {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="interview-guide" aria-labelledby="interview-guide-h">
      <Heading id="interview-guide-h">{t('interviewGuide')}</Heading>
      <ol data-testid="interview-guide">
        {questions.map((q, i) => (
          <li key={i}>{q}</li>
        ))}
      </ol>
    </section>
  );
}
