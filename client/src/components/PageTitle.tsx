// WCAG 2.4.2: each view has its own window title, in the chosen language, so a
// screen reader user and anyone switching tabs knows which screen is which.
import { useEffect } from 'react';
import { useT } from '../i18n';
import type { UiKey } from '../../../shared/i18n/ui';

export type TitledView = 'start' | 'join' | 'participant' | 'facilitator' | 'projector' | 'series' | 'notFound';

const TITLE_KEYS: Record<TitledView, UiKey> = {
  start: 'titleStart',
  join: 'titleJoin',
  participant: 'titleParticipant',
  facilitator: 'titleFacilitator',
  projector: 'titleProjector',
  series: 'seriesPage',
  notFound: 'notFoundTitle',
};

export function PageTitle({ view }: { view: TitledView }) {
  const t = useT();
  const title = t(TITLE_KEYS[view]);
  useEffect(() => {
    document.title = `${title} · Kruiwagen`;
  }, [title]);
  return null;
}
