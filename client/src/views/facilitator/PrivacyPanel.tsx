// AVG/GDPR in the console: until when the workshop is kept, and deleting it for good.
import { useState } from 'react';
import type { RoomState } from '../../../../shared/room';
import { deleteWorkshop } from '../../net/api';
import { forgetWorkshop } from '../../net/session';
import { useLang, useT } from '../../i18n';

const DAY = 24 * 3600 * 1000;
/** The console warns this long before a workshop expires. */
const WARN_DAYS = 14;

export function RetentionNotice({ state, always = false }: { state: RoomState; always?: boolean }) {
  const t = useT();
  const { lang } = useLang();
  const left = state.expiresAt - state.serverNow;
  if (!always && left > WARN_DAYS * DAY) return null;
  const date = new Date(state.expiresAt).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const days = Math.round(left / DAY);
  return (
    <p className={always ? 'hint' : 'error console-notice'} role={always ? undefined : 'status'} data-testid="retention">
      {t('keptUntil', { date, days: Math.max(0, days) })}
    </p>
  );
}

export function PrivacyPanel({ state, workshopId, token }: { state: RoomState; workshopId: string; token: string }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    if (!window.confirm(t('deleteWorkshopConfirm'))) return;
    try {
      await deleteWorkshop(workshopId, token);
      forgetWorkshop(workshopId);
      location.assign('/');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <section className="settings panel" aria-labelledby="privacy-h">
      <h2 id="privacy-h">{t('privacy')}</h2>
      <RetentionNotice state={state} always />
      <p className="hint" data-testid="device-storage">{t('deviceStorage')}</p>
      <button type="button" className="btn btn--danger" onClick={() => void remove()}>
        {t('deleteWorkshop')}
      </button>
      <p className="hint">{t('deleteWorkshopHint')}</p>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
