// The facilitator's console (laptop): share the room, move through the steps, read the
// room, and work the board of the current step.
import { useMemo, useState } from 'react';
import { resolveToken } from '../../net/session';
import { useRoom } from '../../net/useRoom';
import { useBoard } from '../../net/useBoard';
import { useNotes } from '../../net/hooks';
import { useDefaultLanguage, useT } from '../../i18n';
import { PageHeader } from '../../components/PageHeader';
import { ConnectionBadge } from '../../components/ConnectionBadge';
import { StepHeader } from '../../components/StepHeader';
import { Announcer } from '../../components/Announcer';
import { Timer } from '../../components/Timer';
import { SharePanel } from './SharePanel';
import { StepControls } from './StepControls';
import { RoomControls } from './RoomControls';
import { RosterPanel } from './RosterPanel';
import { StepBoard } from './StepBoard';
import { ThemeSuggestions } from './ThemeSuggestions';
import { SettingsPanel } from './SettingsPanel';
import { ExportMenu } from './ExportMenu';
import { PrivacyPanel, RetentionNotice } from './PrivacyPanel';
import { JoinPanelToggle } from './JoinPanelToggle';
import { FinishWorkshop } from './FinishWorkshop';
import '../../styles/console.css';

export default function FacilitatorConsole({ workshopId }: { workshopId: string }) {
  const token = useMemo(() => resolveToken(workshopId, 'facilitatorToken'), [workshopId]);
  const room = useRoom(token);
  const board = useBoard(workshopId, token, `kw-${workshopId}-facilitator`);
  useDefaultLanguage(room.state?.language);
  const t = useT();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const notes = useNotes(board, room.state?.step ?? null);

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

  return (
    <>
      <PageHeader title={state.title}>
        <ConnectionBadge online={online} compact />
        <ExportMenu workshopId={workshopId} token={token} title={state.title} />
        <button type="button" className="btn" aria-expanded={settingsOpen} aria-controls="settings" onClick={() => setSettingsOpen((o) => !o)}>
          {t('settings')}
        </button>
      </PageHeader>
      <Announcer notes={notes} step={state.step} />
      {notice ? (
        <p className="error console-notice" role="alert">
          {notice}
        </p>
      ) : null}
      <RetentionNotice state={state} />
      {settingsOpen ? <SettingsPanel state={state} send={send} onClose={() => setSettingsOpen(false)} /> : null}
      {settingsOpen ? <PrivacyPanel state={state} workshopId={workshopId} token={token} /> : null}
      <div className="console">
        <aside className="console__left" aria-label={t('runTheRoom')}>
          <SharePanel state={state} workshopId={workshopId} facilitatorToken={token} />
          <StepControls state={state} send={send} />
          <RoomControls state={state} send={send} />
          <JoinPanelToggle state={state} send={send} />
          <FinishWorkshop state={state} send={send} workshopId={workshopId} token={token} />
        </aside>
        <main className="console__main" id="main">
          <div className="console__step">
            <StepHeader state={state} level={1} />
            <Timer timer={state.timer} clockOffset={room.clockOffset} />
          </div>
          <ThemeSuggestions workshopId={workshopId} token={token} step={state.step} board={board} />
          <StepBoard state={state} board={board} roster={room.roster} />
        </main>
        <aside className="console__right" aria-label={t('whoIsInTheRoom')}>
          <RosterPanel state={state} roster={room.roster} send={send} />
        </aside>
      </div>
    </>
  );
}
