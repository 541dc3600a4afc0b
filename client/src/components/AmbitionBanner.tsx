import type { Note } from '../../../shared/schema';
import { useT } from '../i18n';

export function AmbitionBanner({ ambition, year }: { ambition: Note | null; year: number }) {
  const t = useT();
  if (!ambition) return null;
  return (
    <aside className="ambition-banner" data-testid="shared-ambition" aria-label={t('sharedAmbition')}>
      <p className="ambition-banner__label">{t('sharedAmbitionFor', { year })}</p>
      <p className="ambition-banner__text">{ambition.text}</p>
    </aside>
  );
}
