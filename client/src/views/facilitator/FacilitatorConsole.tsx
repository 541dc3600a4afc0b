// The facilitator's console (laptop): share the room, move through the steps, read the
// room, and work the board of the current step.
import { useEffect, useMemo, useState } from 'react';
import type { StepId } from '../../../../shared/steps';
import { resolveToken } from '../../net/session';
import { useRoom } from '../../net/useRoom';
import { useBoard } from '../../net/useBoard';
import { useNotes } from '../../net/hooks';
import { useDefaultLanguage, useT } from '../../i18n';
import { PageHeader } from '../../components/PageHeader';
import { ConnectionBadge } from '../../components/ConnectionBadge';
import { StepHeader } from '../../components/StepHeader';
import { Announcer } from '../../components/Announcer';
import { isJustCreated, linkSaved, rememberFacilitated } from '../../net/facilitated';
import { SharePanel } from './SharePanel';
import { ControlBar } from './ControlBar';
import { StepChangeDialog, type StepChoice } from './StepChangeDialog';
import { SaveLinkNotice } from './SaveLinkNotice';
import { RoomControls } from './RoomControls';
import { RosterPanel } from './RosterPanel';
import { StepBoard } from './StepBoard';
import { ThemeSuggestions } from './ThemeSuggestions';
import { SettingsPanel } from './SettingsPanel';
import { ExportMenu } from './ExportMenu';
import { PrivacyPanel, RetentionNotice } from './PrivacyPanel';
import { JoinPanelToggle } from './JoinPanelToggle';
import { MapToggle } from './MapToggle';
import { PositiveCorePanel } from './PositiveCorePanel';
import { FinishWorkshop } from './FinishWorkshop';
import { NextMeeting } from './NextMeeting';
import { InterviewControls } from './InterviewControls';
import '../../styles/console.css';

export default function FacilitatorConsole({ workshopId }: { workshopId: string }) {
  const token = useMemo(() => resolveToken(workshopId, 'facilitatorToken'), [workshopId]);
  const room = useRoom(token, workshopId);
  const board = useBoard(workshopId, token, `kw-${workshopId}-facilitator`);
  useDefaultLanguage(room.state?.language);
  const t = useT();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const notes = useNotes(board, room.state?.step ?? null);
  const [asking, setAsking] = useState<StepId | null>(null);
  // right after creating (start page): the moment to save the link
  const [justCreated, setJustCreated] = useState(() => isJustCreated(workshopId));
  const title = room.state?.title;
  useEffect(() => {
    if (token && title) rememberFacilitated(workshopId, title);
  }, [token, workshopId, title]);

  if (!token || room.status === 'refused') {
    return (
      <>
        <PageHeader />
        <main className="page page--narrow">
          <h1>{t('facilitatorNoAccess')}</h1>
          <p>{t('facilitatorNoAccessBody')}</p>
          <p>
            <a href="/">{t('toStart')}</a>
          </p>
        </main>
      </>
    );
  }
  const state = room.state;
  const online = room.status === 'connected' && board.status === 'connected';
  if (!state) {
    return (
      <>
        <PageHeader />
        <main className="page">
          <p role="status">{t('connecting')}</p>
        </main>
      </>
    );
  }

  /** Sends a command and shows the server's refusal, if any. */
  const send: typeof room.send = async (command, payload) => {
    const ack = await room.send(command, payload);
    setNotice(ack.ok ? null : `${t('commandFailed')}: ${ack.error}`);
    return ack;
  };

  /** Changes the step; with notes still in private drafts, asks first. */
  const goTo = (step: StepId) => {
    if (state.unrevealedNotes > 0) setAsking(step);
    else void send('step:set', { step });
  };
  const answer = async (choice: StepChoice) => {
    const step = asking;
    setAsking(null);
    if (!step || choice === 'cancel') return;
    if (choice === 'reveal') {
      const revealed = await send('writing:set', { privateWriting: false });
      if (!revealed.ok) return;
    }
    await send('step:set', { step });
  };

  return (
    <>
      <PageHeader title={state.title}>
        <ConnectionBadge online={online} compact />
        <ExportMenu workshopId={workshopId} token={token} title={state.title} />
        <button type="button" className="btn" aria-expanded={settingsOpen} aria-controls="settings" onClick={() => setSettingsOpen((o) => !o)}>
          {t('settings')}
        </button>
      </PageHeader>
      <ControlBar state={state} send={send} clockOffset={room.clockOffset} onStep={goTo} />
      {asking ? <StepChangeDialog to={asking} waiting={state.unrevealedNotes} onChoose={(c) => void answer(c)} /> : null}
      <Announcer notes={notes} step={state.step} />
      {notice ? (
        <p className="error console-notice" role="alert">
          {notice}
        </p>
      ) : null}
      {justCreated ? <SaveLinkNotice workshopId={workshopId} token={token} title={state.title} onDone={() => (linkSaved(workshopId), setJustCreated(false))} /> : null}
      <RetentionNotice state={state} />
      {settingsOpen ? <SettingsPanel state={state} send={send} onClose={() => setSettingsOpen(false)} /> : null}
      {settingsOpen ? <PrivacyPanel state={state} workshopId={workshopId} token={token} /> : null}
      <div className="console">
        <main className="console__main" id="main">
          <div className="console__step">
            <StepHeader state={state} level={1} />
          </div>
          {/* The review's notes hang on actions, not themes. */}
          {state.step === 'review' ? null : <ThemeSuggestions workshopId={workshopId} token={token} step={state.step} board={board} />}
          <StepBoard state={state} board={board} roster={room.roster} />
        </main>
        <aside className="console__side" aria-label={t('runTheRoom')}>
          <SharePanel state={state} workshopId={workshopId} facilitatorToken={token} />
          {/* Paired interviews open Discover; a round keeps its controls on any step until it is removed. */}
          {state.step === 'discover' || state.interviews ? <InterviewControls state={state} roster={room.roster} send={send} clockOffset={room.clockOffset} /> : null}
          <RosterPanel state={state} roster={room.roster} send={send} />
          <RoomControls state={state} send={send} />
          <JoinPanelToggle state={state} send={send} />
          <MapToggle state={state} send={send} />
          <PositiveCorePanel board={board} step={state.step} />
          <FinishWorkshop state={state} send={send} workshopId={workshopId} token={token} />
          <NextMeeting workshopId={workshopId} token={token} />
        </aside>
      </div>
    </>
  );
}
