// The projector (1920×1080, read-only, readable from the back of the room).
import { useMemo } from 'react';
import { tallyVotes } from '../../../../shared/tally';
import { resolveToken } from '../../net/session';
import { useRoom } from '../../net/useRoom';
import { useBoard } from '../../net/useBoard';
import { useActions, useNotes, useSharedAmbition, useThemes, useVotes } from '../../net/hooks';
import { qrUrl } from '../../net/api';
import { useDefaultLanguage, useT } from '../../i18n';
import { StepHeader } from '../../components/StepHeader';
import { Timer } from '../../components/Timer';
import { GroupCounts, PaceLine } from '../../components/GroupCounts';
import { AmbitionBanner } from '../../components/AmbitionBanner';
import { VoteResults } from '../../components/VoteResults';
import { LangSwitch } from '../../components/LangSwitch';
import { ConnectionBadge } from '../../components/ConnectionBadge';
import { NoteWall, isDense } from './NoteWall';
import { ActionList } from './ActionList';
import { groupsToCombine } from '../../../../shared/small-groups';
import '../../styles/projector.css';

export default function ProjectorView({ workshopId }: { workshopId: string }) {
  const token = useMemo(() => resolveToken(workshopId, 'projectorToken'), [workshopId]);
  const room = useRoom(token);
  const board = useBoard(workshopId, token, `kw-${workshopId}-projector`);
  useDefaultLanguage(room.state?.language);
  const t = useT();
  const state = room.state;
  const notes = useNotes(board, state?.step ?? null);
  const themes = useThemes(board, state?.step ?? null);
  const votes = useVotes(board);
  const actions = useActions(board);
  const ambition = useSharedAmbition(board);
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
  const online = room.status === 'connected' && board.status === 'connected';
  const targets = [...themes.map((th) => ({ id: th.id, label: th.name })), ...notes.map((n) => ({ id: n.id, label: n.text }))];
  const showVotes = state.voting.open;
  const showAmbition = state.step === 'design' || state.step === 'deliver';

  return (
    <div className={`projector${isDense(notes) ? ' projector--dense' : ''}`}>
      <main className="projector__main">
        <div className="projector__top">
          <StepHeader state={state} level={1} />
          <Timer timer={state.timer} clockOffset={room.clockOffset} className="timer--big" />
        </div>
        {showAmbition ? <AmbitionBanner ambition={ambition} year={state.horizonYear} /> : null}
        {showVotes ? (
          <section className="projector__votes" aria-labelledby="pv-h">
            <h2 id="pv-h">{t('votingLive')}</h2>
            <VoteResults targets={targets} tallies={tallies} limit={8} combine={combine} />
          </section>
        ) : (
          <>
            {/* Deliver: the actions, and below them the notes phones still send (ideas for actions). */}
            {state.step === 'deliver' && actions.length ? <ActionList actions={actions} /> : null}
            {state.step !== 'deliver' || !actions.length || notes.length ? <NoteWall notes={notes} themes={themes} privateWriting={state.privateWriting} /> : null}
          </>
        )}
      </main>
      <aside className="projector__side" aria-label={t('joinTitle')}>
        <p className="projector__join-label">{t('joinAt')}</p>
        <p className="projector__url">{state.joinUrl.replace(/^https?:\/\//, '')}</p>
        <img className="projector__qr" src={qrUrl(workshopId)} alt={t('qrAlt')} width="280" height="280" />
        <p className="projector__join-label">{t('withCode')}</p>
        <p className="join-code join-code--huge" data-testid="join-code">
          {state.joinCode}
        </p>
        {state.locked ? <p className="projector__locked">{t('joinsLocked')}</p> : null}
        <PaceLine roster={room.roster} className="pace--big" anonymous={state.anonymous} />
        <GroupCounts roster={room.roster} expected={state.expectedGroups} anonymous={state.anonymous} />
        <div className="projector__foot">
          {!online ? <ConnectionBadge online={false} compact /> : null}
          <LangSwitch />
        </div>
      </aside>
    </div>
  );
}
