// The board of the current step for the facilitator.
import { useMemo, useState, type FormEvent } from 'react';
import type { RoomState, Roster } from '../../../../shared/room';
import { LIMITS, clipText } from '../../../../shared/limits';
import { tallyVotes } from '../../../../shared/tally';
import type { Board } from '../../net/useBoard';
import { useActions, useNotes, useSharedAmbition, useThemes, useVotes } from '../../net/hooks';
import { AmbitionBanner } from '../../components/AmbitionBanner';
import { VoteResults } from '../../components/VoteResults';
import { newId } from '../../lib/id';
import { useT } from '../../i18n';
import { ThemeBoard } from './ThemeBoard';
import { LensBar, applyLens, type LensFilter } from './LensBar';
import { ActionTable } from './ActionTable';
import { ReviewBoard } from './ReviewBoard';
import { CarriedCore } from '../../components/CarriedCore';

export function StepBoard({ state, board, roster }: { state: RoomState; board: Board; roster: Roster | null }) {
  const t = useT();
  const notes = useNotes(board, state.step);
  const themes = useThemes(board, state.step);
  const votes = useVotes(board);
  const actions = useActions(board);
  const ambition = useSharedAmbition(board);
  const designNotes = useNotes(board, 'design');
  const allThemes = useThemes(board, null);
  const [filter, setFilter] = useState<LensFilter>({ aspect: '', level: '' });
  const people = useMemo(() => new Map((roster?.participants ?? []).map((p) => [p.id, p])), [roster]);
  const tallies = useMemo(() => tallyVotes(votes, (id) => people.get(id)?.group), [votes, people]);
  const targets = [...themes.map((th) => ({ id: th.id, label: th.name })), ...notes.map((n) => ({ id: n.id, label: n.text }))];
  const hasVotes = targets.some((x) => tallies.get(x.id));
  const shown = applyLens(notes, filter);

  return (
    <div className="step-board">
      {state.step === 'design' || state.step === 'deliver' ? <AmbitionBanner ambition={ambition} year={state.horizonYear} /> : null}
      {state.voting.open || hasVotes ? (
        <section className="panel votes" aria-labelledby="votes-h">
          <h2 id="votes-h">{state.voting.open ? t('votingLive') : t('votingResults')}</h2>
          <VoteResults targets={targets} tallies={tallies} />
        </section>
      ) : null}
      {state.step === 'review' ? <CarriedCore themes={allThemes} className="panel" /> : null}
      {state.step === 'review' ? <ReviewBoard board={board} actions={actions} helped={notes} roster={roster} anonymous={state.anonymous} /> : null}
      {state.step === 'deliver' ? <ActionTable actions={actions} board={board.board} steps={designNotes} /> : null}
      {state.step === 'deliver' && notes.length === 0 ? null : (
        <section aria-labelledby="board-h" className="board-section">
          <div className="board-section__head">
            <h2 id="board-h">
              {t('notesOfStep')} <span className="count" data-testid="note-count">({notes.length})</span>
            </h2>
            <FacilitatorNote onAdd={(text) => board.board.addNote({ text, step: state.step, author: 'facilitator', createdAt: Date.now() }, newId())} />
            <NewTheme onAdd={(name) => board.board.addTheme({ name, step: state.step, createdAt: Date.now() }, newId())} />
          </div>
          <LensBar notes={notes} filter={filter} onChange={setFilter} />
          {state.privateWriting ? <p className="notice">{t('privateWritingFacilitatorHint')}</p> : null}
          <ThemeBoard notes={shown} themes={themes} board={board.board} ambitionId={ambition?.id ?? null} nameOf={(id) => (state.anonymous ? undefined : people.get(id)?.name || undefined)} />
        </section>
      )}
    </div>
  );
}

function NewTheme({ onAdd }: { onAdd: (name: string) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    if (name.trim()) onAdd(clipText(name.trim(), LIMITS.title));
    setName('');
  }
  return (
    <form className="inline-form" onSubmit={submit}>
      <label htmlFor="new-theme">{t('newTheme')}</label>
      <input id="new-theme" value={name} maxLength={LIMITS.title} onChange={(e) => setName(e.target.value)} placeholder={t('newThemePlaceholder')} />
      <button type="submit" className="btn" disabled={!name.trim()}>
        {t('addTheme')}
      </button>
    </form>
  );
}

function FacilitatorNote({ onAdd }: { onAdd: (text: string) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  function submit(e: FormEvent) {
    e.preventDefault();
    if (text.trim()) onAdd(clipText(text.trim(), LIMITS.noteText));
    setText('');
  }
  return (
    <form className="inline-form" onSubmit={submit}>
      <label htmlFor="fac-note">{t('addNoteForRoom')}</label>
      <input id="fac-note" value={text} onChange={(e) => setText(clipText(e.target.value, LIMITS.noteText))} />
      <button type="submit" className="btn" disabled={!text.trim()}>
        {t('addNote')}
      </button>
    </form>
  );
}
