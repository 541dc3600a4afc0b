// The phone view: the current step, write notes, see the room's notes, mark done, vote,
// and in Deliver the action list with this participant's own actions first.
import { useEffect, useMemo, useRef } from 'react';
import { CLOSE, draftDocName } from '../../../../shared/protocol';
import type { BoardDoc } from '../../../../shared/schema';
import { dotsUsed } from '../../../../shared/tally';
import { getSession, forgetParticipant } from '../../net/session';
import { useRoom } from '../../net/useRoom';
import { useBoard } from '../../net/useBoard';
import { useDraftRescue } from '../../net/useDraftRescue';
import { useNavigatorOnline } from '../../net/useNetwork';
import { useActions, useNotes, useSharedAmbition, useThemes, useVotes } from '../../net/hooks';
import { newId } from '../../lib/id';
import { useDefaultLanguage, useT } from '../../i18n';
import { PageHeader } from '../../components/PageHeader';
import { StepHeader } from '../../components/StepHeader';
import { Timer } from '../../components/Timer';
import { ConnectionBadge } from '../../components/ConnectionBadge';
import { NoteCard } from '../../components/NoteCard';
import { AmbitionBanner } from '../../components/AmbitionBanner';
import { Announcer } from '../../components/Announcer';
import { Composer, type NewNote } from './Composer';
import { MyNotes } from './MyNotes';
import { VotePanel } from './VotePanel';
import { PhoneResults } from './PhoneResults';
import { DeliverActions } from './DeliverActions';
import { ReviewActions } from './ReviewActions';
import { CarriedCore } from '../../components/CarriedCore';
import { ThemePicker } from './ThemePicker';
import { Gone } from './Gone';
import { InterviewPanel } from './InterviewPanel';
import { awaitsReveal } from '../../../../shared/interviews';
import { MapPanel } from './MapPanel';
import { PositiveCore } from '../../components/PositiveCore';
import { useMapEntries, useMapTies, usePositiveCore } from '../../net/map-hooks';

export default function ParticipantView({ workshopId }: { workshopId: string }) {
  const session = useMemo(() => getSession(workshopId), [workshopId]);
  const token = session.participantToken ?? null;
  const me = session.participantId ?? null;
  const room = useRoom(token, workshopId);
  // While private writing lasts the server refuses new notes on the board: notes a
  // refusal took off this device go back into the draft instead.
  const refusedNotesInto = useRef<BoardDoc | null>(null);
  const board = useBoard(room.status === 'removed' ? null : workshopId, token, me ? `kw-${workshopId}-${me}` : null, me, refusedNotesInto);
  const privateWriting = room.state?.privateWriting ?? false;
  const draftName = me && privateWriting && room.status !== 'removed' ? draftDocName(workshopId, me) : null;
  const draft = useBoard(draftName, token, draftName ? `kw-${draftName}` : null, me);
  useEffect(() => {
    refusedNotesInto.current = draftName ? draft.board : null;
  }, [draftName, draft.board]);
  // Room state is known and says private writing is over: drafts left on this device go to the board.
  const writingOver = room.status === 'connected' && room.state !== null && !privateWriting;
  useDraftRescue(me ? `kw-${draftDocName(workshopId, me)}` : null, me, board, writingOver);
  useDefaultLanguage(room.state?.language);
  const t = useT();
  const browserOnline = useNavigatorOnline();

  const step = room.state?.step ?? null;
  const notes = useNotes(board, step);
  const draftNotes = useNotes(draft, step);
  const themes = useThemes(board, step);
  const votes = useVotes(board);
  const ambition = useSharedAmbition(board);
  const dreamNotes = useNotes(board, 'dream');
  const actions = useActions(board);
  const allThemes = useThemes(board, null);
  const mapEntries = useMapEntries(board);
  const mapTies = useMapTies(board);
  const positiveCore = usePositiveCore(board);
  const discoverThemes = useThemes(board, 'discover');

  if (!token || !me || room.status === 'refused' || room.status === 'removed' || board.closedCode === CLOSE.revoked || board.closedCode === CLOSE.deleted) {
    const removed = room.status === 'removed' || board.closedCode === CLOSE.revoked;
    if (removed || room.status === 'refused') forgetParticipant(workshopId);
    return <Gone reason={!token ? 'notJoined' : removed ? 'removed' : board.closedCode === CLOSE.deleted ? 'deleted' : 'refused'} code={session.joinCode} />;
  }

  const state = room.state;
  const online = browserOnline && room.status === 'connected' && board.status === 'connected';
  if (!state) {
    return (
      <>
        <PageHeader />
        <main className="page page--phone">
          <ConnectionBadge online={false} />
          <p role="status">{t('connecting')}</p>
        </main>
      </>
    );
  }

  const target = privateWriting ? draft.board : board.board;
  const draftIds = new Set(draftNotes.map((n) => n.id));
  const round = state.interviews;
  // Interview notes wait for the end of the round: until then only the two people they concern see them, in the interview panel.
  const pendingInterview = (n: (typeof notes)[number]) => awaitsReveal(n, round);
  const interviewNotes = round ? board.board.notes().filter((n) => pendingInterview(n) && (n.author === me || n.interviewer === me)) : [];
  const myNotes = [...notes.filter((n) => n.author === me && !pendingInterview(n)), ...draftNotes];
  const myEntry = room.roster?.participants.find((p) => p.id === me);
  const group = myEntry?.group ?? session.group;
  const done = myEntry?.done ?? false;

  function add(n: NewNote) {
    target.addNote({ ...n, step: state!.step, author: me!, createdAt: Date.now(), ...(group ? { group } : {}) }, newId());
  }
  function save(id: string, text: string) {
    (draftIds.has(id) ? draft.board : board.board).updateNote(id, { text });
  }
  function remove(id: string) {
    (draftIds.has(id) ? draft.board : board.board).deleteNote(id);
  }
  function moveToTheme(noteId: string, themeId: string) {
    // '' removes the field: the note leaves its theme.
    board.board.updateNote(noteId, { themeId });
  }
  /** Grouping into themes, when the facilitator allows it (Discover, with themes to choose). */
  const canGroup = state.participantsCanGroup && state.step === 'discover' && themes.length > 0;
  const themeName = new Map(themes.map((th) => [th.id, th.name]));

  // Own notes are listed once, under "my notes" (editable); the room's list holds the others.
  const othersNotes = notes.filter((n) => n.author !== me && !pendingInterview(n));
  const themePicker = (n: (typeof notes)[number]) =>
    canGroup ? <ThemePicker note={n} themes={themes} disabled={!online} onChange={moveToTheme} /> : null;
  const myName = session.name ?? myEntry?.name ?? '';
  const voting = state.voting.open;
  const linkOptions = [
    ...(ambition ? [{ id: ambition.id, label: ambition.text }] : []),
    ...dreamNotes.filter((n) => n.id !== ambition?.id).map((n) => ({ id: n.id, label: n.text })),
  ];
  const showAmbition = state.step === 'design' || state.step === 'deliver';

  return (
    <>
      <PageHeader title={state.title}>
        <ConnectionBadge online={online} compact />
      </PageHeader>
      <main className="page page--phone participant">
        {!online ? <ConnectionBadge online={false} /> : null}
        <Announcer notes={round ? notes.filter((n) => !pendingInterview(n)) : notes} step={step ?? undefined} selfId={me} />
        <StepHeader state={state} level={1} />
        <Timer timer={state.timer} clockOffset={room.clockOffset} />
        {showAmbition ? <AmbitionBanner ambition={ambition} year={state.horizonYear} /> : null}
        {state.finished ? (
          <p className="notice" role="status" data-testid="phone-finished">
            {t('closingThanksPhone')}
          </p>
        ) : null}
        {privateWriting ? (
          <p className="notice" data-testid="private-hint">
            {t('privateHint')}
          </p>
        ) : null}
        {round && round.phase !== 'ended' ? (
          <InterviewPanel
            state={state}
            round={round}
            roster={room.roster}
            me={me}
            clockOffset={room.clockOffset}
            notes={interviewNotes}
            canWrite={online}
            onWrite={(about, aboutGroup, story) =>
              board.board.addNote({ ...story, step: 'discover', author: about, interviewer: me, createdAt: Date.now(), ...(aboutGroup ? { group: aboutGroup } : {}) }, newId())
            }
            onUpdate={(id, story) => board.board.updateNote(id, story)}
            onWithdraw={(id) => board.board.deleteNote(id)}
          />
        ) : null}
        {state.step === 'deliver' ? <DeliverActions actions={actions} name={myName} /> : null}
        {state.step === 'review' ? <CarriedCore themes={allThemes} /> : null}
        {state.step === 'review' ? (
          <ReviewActions
            actions={actions}
            helped={notes}
            me={me}
            online={online}
            onStatus={(id, status, note) => board.board.updateAction(id, { status, statusNote: note || undefined })}
            onHelped={(id, text) => board.board.addNote({ text, step: 'review', author: me, createdAt: Date.now(), linkedTo: id, ...(group ? { group } : {}) }, newId())}
          />
        ) : null}
        {voting ? (
          <VotePanel
            themes={themes}
            notes={notes}
            votes={votes}
            me={me}
            dots={state.voting.dotsPerParticipant}
            used={dotsUsed(votes, me)}
            canVote={online}
            onVote={(id, n) => board.board.setVote(me, id, n)}
          />
        ) : null}
        {!voting && state.resultsShown ? (
          <PhoneResults themes={themes} notes={notes} votes={votes} roster={room.roster} anonymous={state.anonymous} />
        ) : null}
        {state.step === 'deliver' ? <p className="hint">{t('deliverNoteHint')}</p> : null}
        {state.step === 'dream' ? <PositiveCore themes={positiveCore} /> : null}
        {/* In the review, what helped is written with its action (above). */}
        {state.step === 'review' ? null : (
        <Composer
          step={state.step}
          onAdd={add}
          linkOptions={linkOptions}
          isPrivate={privateWriting}
          buildsOnOptions={discoverThemes.map((th) => ({ id: th.id, label: th.name }))}
        />
        )}
        <button
          type="button"
          className={`btn btn--large btn--block done-toggle${done ? ' is-done' : ''}`}
          aria-pressed={done}
          disabled={room.status !== 'connected'}
          onClick={() => void room.send('pace:done', { done: !done })}
        >
          {done ? `✓ ${t('imDone')}` : t('markDone')}
        </button>
        <MyNotes notes={myNotes} onSave={save} onDelete={remove} privateIds={draftIds} extra={themePicker} />
        {/* While voting, the vote list holds every note; a second list would only double the page. */}
        {!voting ? (
          <section aria-labelledby="all-notes-h" className="all-notes">
            <h2 id="all-notes-h">
              {t('notesOfOthers')} <span className="count">({othersNotes.length})</span>
            </h2>
            {othersNotes.length === 0 ? <p className="muted">{privateWriting ? t('notesHiddenUntilReveal') : notes.length ? t('noNotesOfOthers') : t('noNotesYetRoom')}</p> : null}
            {canGroup && notes.length > 0 ? (
              <p className="hint" data-testid="grouping-hint">
                {online ? t('groupingAllowedHint') : t('groupWhenOnline')}
              </p>
            ) : null}
            <ul className="note-list">
              {othersNotes.map((n) => (
                <li key={n.id}>
                  <NoteCard note={n} showTags={false}>
                    {canGroup ? (
                      themePicker(n)
                    ) : n.themeId && themeName.has(n.themeId) ? (
                      <p className="theme-pick__current">
                        <span className="tag">{t('theme')}</span> {themeName.get(n.themeId)}
                      </p>
                    ) : null}
                  </NoteCard>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <MapPanel board={board.board} entries={mapEntries} ties={mapTies} me={me} myGroup={group} />
      </main>
    </>
  );
}
