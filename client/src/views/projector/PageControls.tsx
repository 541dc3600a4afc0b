import type { Pages } from './usePages';
import { useT } from '../../i18n';

/**
 * Pause and turn by hand where the projector pages through a list by itself: moving
 * content needs a way to stop it (WCAG 2.2.2), and a room discussing one result needs
 * it to stay. Small and in a corner: the facilitator uses it from the projector's
 * keyboard or mouse; the room reads the list, not the buttons.
 */
export function PageControls({ pages }: { pages: Pages }) {
  const t = useT();
  if (pages.pages < 2) return null;
  return (
    <div className="page-controls" role="group" aria-label={t('pagingControls')} data-testid="page-controls">
      <button type="button" className="page-controls__button" aria-label={t('pagePrevious')} onClick={() => pages.turn(-1)}>
        <span aria-hidden="true">‹</span>
      </button>
      <button
        type="button"
        className="page-controls__button"
        aria-pressed={pages.paused}
        aria-label={t('pagingPause')}
        data-testid="page-pause"
        onClick={() => pages.setPaused(!pages.paused)}
      >
        <span aria-hidden="true">{pages.paused ? '▶' : '❚❚'}</span>
      </button>
      <button type="button" className="page-controls__button" aria-label={t('pageNext')} data-testid="page-next" onClick={() => pages.turn(1)}>
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
