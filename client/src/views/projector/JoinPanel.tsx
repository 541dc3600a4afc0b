// How to join, on the projector: a short address to type, the QR code, and the code
// once, big. Once everyone is in the facilitator hides the panel; a slim line with the
// code stays, for whoever comes late.
import { useLayoutEffect, useRef } from 'react';
import type { Roster, RoomState } from '../../../../shared/room';
import { qrUrl } from '../../net/api';
import { useT } from '../../i18n';
import { GroupCounts, PaceLine } from '../../components/GroupCounts';
import { LangSwitch } from '../../components/LangSwitch';
import { ConnectionBadge } from '../../components/ConnectionBadge';
import { shortJoinAddress } from './joinAddress';

/** The code as big as the panel allows: wide letters (W, M) must not run over its edge. */
function useFitWidth(code: string) {
  const ref = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const panel = el?.parentElement;
    if (!el || !panel) return;
    const fit = () => {
      el.style.fontSize = '';
      const over = el.scrollWidth / el.clientWidth;
      if (over > 1) el.style.fontSize = `${(parseFloat(getComputedStyle(el).fontSize) / over) * 0.97}px`;
    };
    fit();
    const ro = new ResizeObserver(fit);
    ro.observe(panel);
    return () => ro.disconnect();
  }, [code]);
  return ref;
}

export function JoinPanel({ state, roster, online }: { state: RoomState; roster: Roster | null; online: boolean }) {
  const t = useT();
  const codeRef = useFitWidth(state.joinCode);
  return (
    <aside className="projector__side" aria-label={t('joinTitle')} data-testid="join-panel">
      <p className="projector__join-label">{t('joinGoTo')}</p>
      <p className="projector__url" data-testid="join-address">
        {shortJoinAddress(state.joinUrl)}
      </p>
      <img className="projector__qr" src={qrUrl(state.workshopId)} alt={t('qrAlt')} width="280" height="280" />
      <p className="projector__join-label">{t('joinEnterCode')}</p>
      <p className="join-code join-code--huge" data-testid="join-code" ref={codeRef}>
        {state.joinCode}
      </p>
      {state.locked ? <p className="projector__locked">{t('joinsLocked')}</p> : null}
      <PaceLine roster={roster} className="pace--big" anonymous={state.anonymous} />
      <GroupCounts roster={roster} expected={state.expectedGroups} anonymous={state.anonymous} />
      <div className="projector__foot">
        {!online ? <ConnectionBadge online={false} compact /> : null}
        <LangSwitch />
      </div>
    </aside>
  );
}

/** The join panel hidden: address and code on one slim line, the pace beside it. */
export function JoinStrip({ state, roster, online }: { state: RoomState; roster: Roster | null; online: boolean }) {
  const t = useT();
  return (
    <footer className="projector__strip" data-testid="join-strip">
      {state.locked ? null : (
        <p className="projector__strip-join">
          {t('joinGoTo')} <strong>{shortJoinAddress(state.joinUrl)}</strong> · {t('joinCodeShort')}{' '}
          <strong className="projector__strip-code" data-testid="join-code">
            {state.joinCode}
          </strong>
        </p>
      )}
      <PaceLine roster={roster} anonymous={state.anonymous} />
      <div className="projector__strip-end">
        {!online ? <ConnectionBadge online={false} compact /> : null}
        <LangSwitch />
      </div>
    </footer>
  );
}
