// The phone during a paired interview round: who you interview and who interviews you,
// the turn and its clock, the guide, the story you write about your partner, and what was
// written about you (to correct or take back before the room sees it).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { InterviewRound } from '../../../../shared/interviews';
import { DEFAULT_INTERVIEW_GUIDE } from '../../../../shared/interviews';
import type { Roster, RoomState } from '../../../../shared/room';
import type { Note } from '../../../../shared/schema';
import { LIMITS, clipText } from '../../../../shared/limits';
import { useLang, useT } from '../../i18n';
import { InterviewQuestions, InterviewTurn } from '../../components/InterviewTurn';
import { groupLabel, groupOfPerson, personLabel, placementOf } from '../../lib/interviews';

export interface StoryFields {
  text: string;
  /** Undefined takes the factors off the note. */
  factors: string | undefined;
}

interface Props {
  state: RoomState;
  round: InterviewRound;
  roster: Roster | null;
  me: string;
  clockOffset: number;
  /** Interview notes of this round written by me (about my partner) or about me. */
  notes: Note[];
  canWrite: boolean;
  onWrite(about: string, group: Note['group'], story: StoryFields): void;
  onUpdate(id: string, story: StoryFields): void;
  onWithdraw(id: string): void;
}

export function InterviewPanel({ state, round, roster, me, clockOffset, notes, canWrite, onWrite, onUpdate, onWithdraw }: Props) {
  const t = useT();
  const { lang } = useLang();
  const place = placementOf(round, me);
  const questions = (state.interviewGuide ?? DEFAULT_INTERVIEW_GUIDE).map((q) => q[lang]);
  const label = (id: string) => personLabel(t, lang, roster, id);
  const name = (id: string) => roster?.participants.find((p) => p.id === id)?.name || label(id);
  const turnAnnounce = useTurnAnnouncement(round);

  if (!place) {
    return (
      <section className="card interview" aria-labelledby="interview-h" data-testid="interview-panel">
        <h2 id="interview-h">{t('interviewTitle')}</h2>
        <p>{t('notInRound')}</p>
      </section>
    );
  }
  const mine = place.interviewee ? notes.find((n) => n.interviewer === me && n.author === place.interviewee) : undefined;
  const aboutMe = notes.filter((n) => n.author === me && n.interviewer && n.interviewer !== me);
  const speaker = round.phase === 'running' ? (round.turn < place.group.length ? place.group[round.turn]! : null) : undefined;
  const listener = speaker ? place.group[(place.group.indexOf(speaker) + 1) % place.group.length] : undefined;

  return (
    <section className="card interview" aria-labelledby="interview-h" data-testid="interview-panel">
      <h2 id="interview-h">{t('interviewTitle')}</h2>
      <p className="interview__pair" data-testid="pair-number">
        {groupLabel(t, place.group, place.index)}
      </p>
      <dl className="interview__who">
        {place.group.length === 2 ? (
          <div>
            <dt>{t('yourPartner')}</dt>
            <dd data-testid="interviewee">{label(place.interviewee!)}</dd>
          </div>
        ) : null}
        {place.group.length > 2 && place.interviewee ? (
          <div>
            <dt>{t('youInterview')}</dt>
            <dd data-testid="interviewee">{label(place.interviewee)}</dd>
          </div>
        ) : null}
        {place.group.length > 2 && place.interviewer ? (
          <div>
            <dt>{t('interviewsYou')}</dt>
            <dd data-testid="interviewer">{label(place.interviewer)}</dd>
          </div>
        ) : null}
      </dl>
      {round.phase === 'proposed' ? (
        <p>
          {t('roundProposed')} {t('findYourPair')}
        </p>
      ) : null}
      {round.phase === 'running' ? (
        <>
          <InterviewTurn round={round} clockOffset={clockOffset} />
          <p className="interview__now" data-testid="interview-now">
            {speaker === null
              ? t('yourGroupDone')
              : speaker === me
                ? t('nowYouAsk')
                : listener === me
                  ? t('nowYouAnswer', { name: name(speaker!) })
                  : t('nowYouListen', { name: name(speaker!) })}
          </p>
        </>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {turnAnnounce}
      </p>
      <InterviewQuestions questions={questions} />
      {place.interviewee && round.phase === 'running' ? (
        <StoryForm
          key={place.interviewee}
          partnerName={name(place.interviewee)}
          note={mine}
          disabled={!canWrite}
          onSave={(story) => (mine ? onUpdate(mine.id, story) : onWrite(place.interviewee!, groupOfPerson(roster, place.interviewee!), story))}
          onWithdraw={mine ? () => onWithdraw(mine.id) : undefined}
        />
      ) : null}
      <section className="interview__about" aria-labelledby="about-me-h">
        <h3 id="about-me-h">{t('aboutYou')}</h3>
        {aboutMe.length === 0 ? <p className="muted">{t('nothingAboutYouYet')}</p> : <p className="hint">{t('aboutYouHint')}</p>}
        <ul className="note-list">
          {aboutMe.map((n) => (
            <li key={n.id}>
              <AboutMe note={n} by={name(n.interviewer!)} disabled={!canWrite} onSave={(story) => onUpdate(n.id, story)} onWithdraw={() => onWithdraw(n.id)} />
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}

/** "Swap: turn 2 starts", said once when the facilitator moves the round on. */
function useTurnAnnouncement(round: InterviewRound): string {
  const t = useT();
  const last = useRef(round.turn);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (round.turn !== last.current && round.phase === 'running') setMessage(t('swappedAnnounce', { n: round.turn + 1 }));
    last.current = round.turn;
  }, [round.turn, round.phase, t]);
  return message;
}

function StoryForm({ partnerName, note, disabled, onSave, onWithdraw }: { partnerName: string; note: Note | undefined; disabled: boolean; onSave(story: StoryFields): void; onWithdraw?: () => void }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(note?.text ?? '');
  const [factors, setFactors] = useState(note?.factors ?? '');
  const [saved, setSaved] = useState(false);
  // What the partner corrects arrives here too, as long as nothing is being typed.
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (dirty) return;
    setText(note?.text ?? '');
    setFactors(note?.factors ?? '');
  }, [note?.text, note?.factors, dirty]);

  function submit(e: FormEvent) {
    e.preventDefault();
    const clean = text.trim();
    if (!clean) return;
    const f = factors.trim();
    onSave({ text: clipText(clean, LIMITS.noteText), factors: f ? clipText(f, LIMITS.noteText) : undefined });
    setDirty(false);
    setSaved(true);
  }
  return (
    <form className="interview__story" onSubmit={submit} data-testid="story-form">
      <div className="field">
        <label htmlFor={`${id}-story`}>{t('theirStory', { name: partnerName })}</label>
        <textarea
          id={`${id}-story`}
          rows={4}
          value={text}
          aria-describedby={`${id}-story-hint`}
          onChange={(e) => (setText(clipText(e.target.value, LIMITS.noteText)), setDirty(true), setSaved(false))}
          data-testid="story-text"
        />
        <p id={`${id}-story-hint`} className="hint">
          {t('theirStoryHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-factors`}>{t('successFactors')}</label>
        <textarea
          id={`${id}-factors`}
          rows={2}
          value={factors}
          aria-describedby={`${id}-factors-hint`}
          onChange={(e) => (setFactors(clipText(e.target.value, LIMITS.noteText)), setDirty(true), setSaved(false))}
          data-testid="story-factors"
        />
        <p id={`${id}-factors-hint`} className="hint">
          {t('successFactorsHint')}
        </p>
      </div>
      <button type="submit" className="btn btn--primary btn--large btn--block" disabled={disabled || !text.trim()} data-testid="save-story">
        {t('saveStory')}
      </button>
      <p role="status" className="interview__saved" data-testid="story-saved">
        {saved ? `✓ ${t('storySaved', { name: partnerName })}` : ''}
      </p>
      {onWithdraw ? <Withdraw onWithdraw={onWithdraw} disabled={disabled} /> : null}
    </form>
  );
}

function AboutMe({ note, by, disabled, onSave, onWithdraw }: { note: Note; by: string; disabled: boolean; onSave(story: StoryFields): void; onWithdraw(): void }) {
  const t = useT();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [factors, setFactors] = useState(note.factors ?? '');
  if (editing) {
    return (
      <form
        className="note note--mine"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) onSave({ text: text.trim(), factors: factors.trim() || undefined });
          setEditing(false);
        }}
      >
        <label htmlFor={`${id}-t`}>{t('editNote')}</label>
        <textarea id={`${id}-t`} rows={4} value={text} onChange={(e) => setText(clipText(e.target.value, LIMITS.noteText))} autoFocus />
        <label htmlFor={`${id}-f`}>{t('successFactors')}</label>
        <textarea id={`${id}-f`} rows={2} value={factors} onChange={(e) => setFactors(clipText(e.target.value, LIMITS.noteText))} />
        <div className="btn-row">
          <button type="submit" className="btn btn--primary">
            {t('save')}
          </button>
          <button type="button" className="btn" onClick={() => setEditing(false)}>
            {t('cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <article className={`note group-${note.group ?? 'other'} note--mine`} data-testid="about-me" data-note-id={note.id}>
      <p className="note__text">{note.text}</p>
      {note.factors ? (
        <p className="note__extra">
          <strong>{t('factorsLabel')}:</strong> {note.factors}
        </p>
      ) : null}
      <p className="note__meta">{t('writtenBy', { name: by })}</p>
      <div className="btn-row">
        <button type="button" className="btn btn--small" disabled={disabled} onClick={() => (setText(note.text), setFactors(note.factors ?? ''), setEditing(true))}>
          {t('edit')}
        </button>
        <Withdraw onWithdraw={onWithdraw} disabled={disabled} />
      </div>
    </article>
  );
}

function Withdraw({ onWithdraw, disabled }: { onWithdraw(): void; disabled: boolean }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="btn btn--small" disabled={disabled} onClick={() => setConfirming(true)} data-testid="withdraw">
        {t('withdraw')}
      </button>
    );
  }
  return (
    <div className="btn-row" role="group" aria-label={t('confirmWithdraw')}>
      <span>{t('confirmWithdraw')}</span>
      <button type="button" className="btn btn--danger" onClick={onWithdraw} data-testid="confirm-withdraw">
        {t('yesWithdraw')}
      </button>
      <button type="button" className="btn" onClick={() => setConfirming(false)}>
        {t('cancel')}
      </button>
    </div>
  );
}
