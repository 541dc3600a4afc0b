// The projector (1920×1080 down to a 1024×768 beamer, read-only, readable from the back
// of the room). Every result reaches the screen whole: vote results and the action list
// page through by themselves where they do not fit.
import { useMemo } from 'react';
import { tallyVotes } from '../../../../shared/tally';
import type { StepId } from '../../../../shared/steps';
import { resolveToken } from '../../net/session';
import { useRoom } from '../../net/useRoom';
import { useBoard } from '../../net/useBoard';
import { useActions, useNotes, useSharedAmbition, useThemes, useVotes } from '../../net/hooks';
import { useDefaultLanguage, useT } from '../../i18n';
import { StepHeader } from '../../components/StepHeader';
import { Timer } from '../../components/Timer';
import { AmbitionBanner } from '../../components/AmbitionBanner';
import { NoteWall, isDense } from './NoteWall';
import { ActionList } from './ActionList';
import { ReviewList } from './ReviewList';
import { CarriedCore } from '../../components/CarriedCore';
import { ProjectorVotes } from './ProjectorVotes';
import { JoinPanel, JoinStrip } from './JoinPanel';
import { ClosingScreen } from './ClosingScreen';
import { InterviewProgress } from './InterviewProgress';
import { awaitsReveal } from '../../../../shared/interviews';
import { useAmbitionMoment } from './useAmbitionMoment';
import { SocialMap } from './SocialMap';
import { PositiveCore } from '../../components/PositiveCore';
import { useMapEntries, useMapTies, usePositiveCore } from '../../net/map-hooks';
import { groupsToCombine } from '../../../../shared/small-groups';
import '../../styles/projector.css';

/** Steps in which the shared ambition is on the screen: from the moment it is chosen in Dream. */
const AMBITION_STEPS: readonly StepId[] = ['dream', 'design', 'deliver'];

export default function ProjectorView({ workshopId }: { workshopId: string }) {
  const token = useMemo(() => resolveToken(workshopId, 'projectorToken'), [workshopId]);
  const room = useRoom(token, workshopId);
  const board = useBoard(workshopId, token, `kw-${workshopId}-projector`);
  useDefaultLanguage(room.state?.language);
  const t = useT();
  const state = room.state;
  const stepNotes = useNotes(board, state?.step ?? null);
  const discoverNotes = useNotes(board, 'discover');
  const round = state?.interviews ?? null;
  // Interview notes reach the wall when the round ends (their partner may still correct or withdraw them).
  const notes = useMemo(() => (round ? stepNotes.filter((n) => !awaitsReveal(n, round)) : stepNotes), [stepNotes, round]);
  const interviewing = round !== null && round.phase !== 'ended';
  const allNotes = useNotes(board, null);
  const themes = useThemes(board, state?.step ?? null);
  const allThemes = useThemes(board, null);
  const votes = useVotes(board);
  const actions = useActions(board);
  const ambition = useSharedAmbition(board);
  const mapEntries = useMapEntries(board);
  const mapTies = useMapTies(board);
  const positiveCore = usePositiveCore(board);
  const discoverThemes = useThemes(board, 'discover');
  const moment = useAmbitionMoment(ambition?.id ?? null, board.synced);
  const people = useMemo(() => new Map((room.roster?.participants ?? []).map((p) => [p.id, p.group])), [room.roster]);
  const tallies = useMemo(() => tallyVotes(votes, (id) => people.get(id)), [votes, people]);
  const anonymous = state?.anonymous ?? false;
  const combine = useMemo(() => groupsToCombine(people.values(), anonymous), [people, anonymous]);

  if (!token || room.status === 'refused') {
    return (
      <main className="projector projector--message">
        <h1>{t('projectorNoAccess')}</h1>
      </main>
    );
  }
  if (!state) {
    return (
      <main className="projector projector--message">
        <p role="status">{t('connecting')}</p>
      </main>
    );
  }
  if (state.finished) return <ClosingScreen state={state} roster={room.roster} notes={allNotes} actions={actions} ambition={ambition} />;

  const online = room.status === 'connected' && board.status === 'connected';
  const targets = [...themes.map((th) => ({ id: th.id, label: th.name })), ...notes.map((n) => ({ id: n.id, label: n.text }))];
  const showMap = state.mapShown;
  const showVotes = !showMap && (state.voting.open || state.resultsShown);
  const showAmbition = AMBITION_STEPS.includes(state.step);
  // the map needs the whole width; the slim join line stays
  const joinPanel = !state.joinPanelHidden && !state.mapShown;
  const showActions = !showMap && !showVotes && state.step === 'deliver' && actions.length > 0;
  const review = !showMap && !showVotes && state.step === 'review';
  // a result on screen: the step's instruction makes room for it
  const results = showVotes || showActions || review;

  return (
    <div className={`projector${isDense(notes) ? ' projector--dense' : ''}${joinPanel ? '' : ' projector--wide'}${results ? ' projector--results' : ''}`}>
      <main className="projector__main">
        <div className="projector__top">
          <StepHeader state={state} level={1} />
          <Timer timer={state.timer} clockOffset={room.clockOffset} className="timer--big" />
          {state.unrevealedNotes > 0 ? <p className="pace pace--big" role="status" data-testid="unrevealed-count">{t('unrevealedCount', { n: state.unrevealedNotes })}</p> : null}
        </div>
        {showAmbition ? <AmbitionBanner ambition={ambition} year={state.horizonYear} moment={moment} /> : null}
        {/* announced once, politely, when the ambition is chosen (the banner itself is not a live region) */}
        <p className="visually-hidden" role="status">
          {moment && ambition ? t('ambitionChosenAnnounce', { text: ambition.text }) : ''}
        </p>
        {state.step === 'review' && !showMap ? <CarriedCore themes={allThemes} className="carried-core--projector" /> : null}
        {state.step === 'dream' && !showMap ? <PositiveCore themes={positiveCore} /> : null}
        {showMap ? (
          <SocialMap entries={mapEntries} ties={mapTies} contentLang={state.language} />
        ) : interviewing && !showVotes ? (
          // The guide is on every phone; the wall keeps its room for the pairs and the clock.
          <InterviewProgress round={round} roster={room.roster} notes={discoverNotes} clockOffset={room.clockOffset} />
        ) : showVotes ? (
          <ProjectorVotes open={state.voting.open} targets={targets} tallies={tallies} combine={combine} />
        ) : review ? (
          <ReviewList actions={actions} helped={notes} contentLang={state.language} />
        ) : (
          <>
            {/* Deliver: the actions, and below them the notes phones still send (ideas for actions). */}
            {showActions ? <ActionList actions={actions} contentLang={state.language} /> : null}
            {!showActions || notes.length ? <NoteWall notes={notes} themes={themes} privateWriting={state.privateWriting} contentLang={state.language} buildsOnThemes={discoverThemes} /> : null}
          </>
        )}
        {joinPanel ? null : <JoinStrip state={state} roster={room.roster} online={online} />}
      </main>
      {joinPanel ? <JoinPanel state={state} roster={room.roster} online={online} /> : null}
    </div>
  );
}
