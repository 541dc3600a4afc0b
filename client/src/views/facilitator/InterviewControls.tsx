// The console's controls for a paired interview round: make pairs (the server proposes
// them), swap two people, start, swap roles, add late joiners, end; and the guide and
// minutes per turn, editable before and during the workshop.
import { useState, type FormEvent } from 'react';
import { DEFAULT_INTERVIEW_GUIDE, DEFAULT_INTERVIEW_MINUTES, INTERVIEW_LIMITS } from '../../../../shared/interviews';
import type { RoomState, Roster } from '../../../../shared/room';
import type { LocalText } from '../../../../shared/steps';
import { LIMITS } from '../../../../shared/limits';
import { GROUP_NAMES_SHORT } from '../../../../shared/i18n/names';
import type { Room } from '../../net/useRoom';
import { useLang, useT } from '../../i18n';
import { InterviewTurn } from '../../components/InterviewTurn';
import { groupLabel } from '../../lib/interviews';

export function InterviewControls({ state, roster, send, clockOffset }: { state: RoomState; roster: Roster | null; send: Room['send']; clockOffset: number }) {
  const t = useT();
  const { lang } = useLang();
  const round = state.interviews;
  const who = (id: string) => {
    const p = roster?.participants.find((x) => x.id === id);
    const group = GROUP_NAMES_SHORT[p?.group ?? 'other'][lang];
    return p?.name ? `${p.name} (${group})` : group;
  };
  const placed = new Set(round?.groups.flat() ?? []);
  const waiting = (roster?.participants ?? []).filter((p) => p.online && !placed.has(p.id)).length;
  const active = round !== null && round.phase !== 'ended';

  return (
    <section className="panel interview-controls" aria-labelledby="interview-controls-h" data-testid="interview-controls">
      <h2 id="interview-controls-h">{t('interviewControls')}</h2>
      {!active ? <p className="hint">{t('makePairsHelp')}</p> : null}
      {round?.phase === 'ended' ? <p role="status">{t('roundEnded')}</p> : null}
      {round && active ? (
        <>
          {round.phase === 'running' ? <InterviewTurn round={round} clockOffset={clockOffset} /> : null}
          <ol className="interview-controls__groups" data-testid="console-pairs">
            {round.groups.map((g, i) => (
              <li key={g.join(' ')}>
                <strong>{groupLabel(t, g, i)}</strong>: {g.map(who).join(' · ')}
              </li>
            ))}
          </ol>
          {round.phase === 'proposed' ? <SwapForm people={round.groups.flat()} who={who} send={send} /> : null}
        </>
      ) : null}
      <div className="btn-row">
        {!active ? (
          <button type="button" className="btn btn--primary" onClick={() => void send('interviews:propose', {})} data-testid="make-pairs">
            {t('makePairs')}
          </button>
        ) : null}
        {round?.phase === 'proposed' ? (
          <button type="button" className="btn btn--primary" onClick={() => void send('interviews:start', {})} data-testid="start-interviews">
            {t('startInterviews')}
          </button>
        ) : null}
        {round?.phase === 'running' && round.turn + 1 < round.turns ? (
          <button type="button" className="btn btn--primary" onClick={() => void send('interviews:turn', {})} data-testid="next-turn">
            {t('nextTurn')}
          </button>
        ) : null}
        {active && waiting > 0 ? (
          <button type="button" className="btn" onClick={() => void send('interviews:late', {})} data-testid="add-late">
            {t('addLateJoiners')} ({t('lateJoinersWaiting', { n: waiting })})
          </button>
        ) : null}
        {active ? (
          <button type="button" className="btn" onClick={() => void send('interviews:end', {})} data-testid="end-interviews" aria-describedby="end-interviews-help">
            {t('endInterviews')}
          </button>
        ) : null}
        {round ? (
          <button type="button" className="btn btn--quiet" onClick={() => void send('interviews:cancel', {})}>
            {t('cancelRound')}
          </button>
        ) : null}
      </div>
      {active ? (
        <p className="hint" id="end-interviews-help">
          {t('endInterviewsHelp')}
        </p>
      ) : null}
      <GuideEditor state={state} send={send} />
    </section>
  );
}

function SwapForm({ people, who, send }: { people: string[]; who: (id: string) => string; send: Room['send'] }) {
  const t = useT();
  const [a, setA] = useState(people[0] ?? '');
  const [b, setB] = useState(people[1] ?? '');
  return (
    <form
      className="interview-controls__swap"
      onSubmit={(e) => {
        e.preventDefault();
        if (a && b && a !== b) void send('interviews:swap', { a, b });
      }}
    >
      <fieldset>
        <legend>{t('swapPeople')}</legend>
        <label htmlFor="swap-a">{t('swapFirst')}</label>
        <select id="swap-a" value={a} onChange={(e) => setA(e.target.value)}>
          {people.map((id) => (
            <option key={id} value={id}>
              {who(id)}
            </option>
          ))}
        </select>
        <label htmlFor="swap-b">{t('swapSecond')}</label>
        <select id="swap-b" value={b} onChange={(e) => setB(e.target.value)}>
          {people.map((id) => (
            <option key={id} value={id}>
              {who(id)}
            </option>
          ))}
        </select>
        <button type="submit" className="btn" disabled={!a || !b || a === b} data-testid="swap-people">
          {t('swapButton')}
        </button>
      </fieldset>
    </form>
  );
}

function GuideEditor({ state, send }: { state: RoomState; send: Room['send'] }) {
  const t = useT();
  const [guide, setGuide] = useState<LocalText[]>(() => structuredClone(state.interviewGuide ?? DEFAULT_INTERVIEW_GUIDE));
  const [minutes, setMinutes] = useState(state.interviewMinutes ?? DEFAULT_INTERVIEW_MINUTES);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (i: number, l: 'nl' | 'en', value: string) => setGuide((g) => g.map((q, j) => (j === i ? { ...q, [l]: value } : q)));
  const complete = guide.length > 0 && guide.every((q) => q.nl.trim() && q.en.trim());

  async function save(e: FormEvent) {
    e.preventDefault();
    const ack = await send('workshop:update', { interviewGuide: guide.map((q) => ({ nl: q.nl.trim(), en: q.en.trim() })), interviewMinutes: minutes });
    setSaved(ack.ok ? t('saved') : ack.error);
  }
  return (
    <details className="interview-controls__guide">
      <summary>{t('editGuide')}</summary>
      <form onSubmit={save}>
        <div className="field">
          <label htmlFor="interview-minutes">{t('minutesPerTurn')}</label>
          <input
            id="interview-minutes"
            type="number"
            min={1}
            max={INTERVIEW_LIMITS.turnMinutes}
            value={minutes}
            onChange={(e) => setMinutes(Math.max(1, Math.min(INTERVIEW_LIMITS.turnMinutes, Math.round(Number(e.target.value)) || 1)))}
          />
        </div>
        {guide.map((q, i) => (
          <fieldset key={i} className="interview-controls__question">
            <legend>{t('guideQuestion', { n: i + 1, lang: 'NL / EN' })}</legend>
            {(['nl', 'en'] as const).map((l) => (
              <div className="field" key={l}>
                <label htmlFor={`guide-${i}-${l}`}>{t('guideQuestion', { n: i + 1, lang: l.toUpperCase() })}</label>
                <textarea id={`guide-${i}-${l}`} lang={l} rows={2} maxLength={LIMITS.stepText} value={q[l]} onChange={(e) => set(i, l, e.target.value)} />
              </div>
            ))}
            {guide.length > 1 ? (
              <button type="button" className="btn btn--small btn--quiet" onClick={() => setGuide((g) => g.filter((_, j) => j !== i))}>
                {t('removeQuestion', { n: i + 1 })}
              </button>
            ) : null}
          </fieldset>
        ))}
        <div className="btn-row">
          {guide.length < INTERVIEW_LIMITS.questions ? (
            <button type="button" className="btn" onClick={() => setGuide((g) => [...g, { nl: '', en: '' }])}>
              {t('addQuestion')}
            </button>
          ) : null}
          <button type="submit" className="btn btn--primary" disabled={!complete}>
            {t('saveGuide')}
          </button>
        </div>
        {saved ? (
          <p role="status" className="status-line">
            {saved}
          </p>
        ) : null}
      </form>
    </details>
  );
}
