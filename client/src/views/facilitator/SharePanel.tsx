import { useState } from 'react';
import type { RoomState } from '../../../../shared/room';
import { getSession } from '../../net/session';
import { useT } from '../../i18n';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Join code and address, the projector link, and the secret console link. */
export function SharePanel({ state, workshopId, facilitatorToken }: { state: RoomState; workshopId: string; facilitatorToken: string }) {
  const t = useT();
  const [copied, setCopied] = useState<string | null>(null);
  const projectorToken = getSession(workshopId).projectorToken;
  const origin = location.origin;
  const projectorUrl = projectorToken ? `${origin}/p/${encodeURIComponent(workshopId)}#${projectorToken}` : null;
  const secretUrl = `${origin}/f/${encodeURIComponent(workshopId)}#${facilitatorToken}`;
  const doCopy = async (what: string, text: string) => setCopied((await copy(text)) ? what : null);
  return (
    <section className="panel share" aria-labelledby="share-h">
      <h2 id="share-h">{t('joinCode')}</h2>
      <p className="join-code" data-testid="join-code">
        {state.joinCode}
      </p>
      <p className="share__url">
        <a href={state.joinUrl} target="_blank" rel="noreferrer" data-testid="join-url">
          {state.joinUrl.replace(/^https?:\/\//, '')}
        </a>
      </p>
      {projectorUrl ? (
        <p>
          <a className="btn btn--primary btn--block" href={projectorUrl} target="_blank" rel="noreferrer" data-testid="projector-link">
            {t('openProjector')}
          </a>
        </p>
      ) : (
        <p className="hint">{t('projectorLinkUnknown')}</p>
      )}
      <details className="secret">
        <summary>{t('secretLink')}</summary>
        <p className="warning">{t('secretLinkWarning')}</p>
        <label htmlFor="secret-url" className="visually-hidden">
          {t('secretLink')}
        </label>
        <input id="secret-url" readOnly value={secretUrl} onFocus={(e) => e.currentTarget.select()} />
        <div className="btn-row">
          <button type="button" className="btn btn--small" onClick={() => void doCopy('secret', secretUrl)}>
            {t('copyLink')}
          </button>
          {projectorUrl ? (
            <button type="button" className="btn btn--small" onClick={() => void doCopy('projector', projectorUrl)}>
              {t('copyProjectorLink')}
            </button>
          ) : null}
        </div>
        <p className="visually-hidden" aria-live="polite">
          {copied ? t('copied') : ''}
        </p>
        {copied ? <p className="hint">{t('copied')}</p> : null}
      </details>
    </section>
  );
}
