import type { Note } from '../../../shared/schema';
import { useT } from '../i18n';

/** The shared ambition; `moment` while it has just been chosen (the projector makes it a moment). */
export function AmbitionBanner({ ambition, year, moment = false }: { ambition: Note | null; year: number; moment?: boolean }) {
  const t = useT();
  if (!ambition) return null;
  return (
    <aside
      className={`ambition-banner${moment ? ' ambition-banner--moment' : ''}`}
      data-testid="shared-ambition"
      data-moment={moment || undefined}
      aria-label={t('sharedAmbition')}
    >
      <p className="ambition-banner__label">
        {t('sharedAmbitionFor', { year })}
        {moment ? <span className="ambition-banner__new"> · {t('ambitionJustChosen')}</span> : null}
      </p>
      <p className="ambition-banner__text">{ambition.text}</p>
    </aside>
  );
}
