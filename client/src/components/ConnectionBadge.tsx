import { useT } from '../i18n';

/** Online/offline indicator; offline says that notes are kept and sent later. */
export function ConnectionBadge({ online, compact }: { online: boolean; compact?: boolean }) {
  const t = useT();
  return (
    <p className={`conn ${online ? 'conn--online' : 'conn--offline'}`} role="status" data-testid="connection" data-online={online}>
      <span className="conn__dot" aria-hidden="true" />
      {online ? t('online') : compact ? t('offline') : t('offlineLong')}
    </p>
  );
}
