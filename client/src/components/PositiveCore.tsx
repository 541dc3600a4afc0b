// The positive core carried over from earlier meetings: Discover's themes as a read-only
// reference the room sees during the review and Dream.
import type { Theme } from '../../../shared/schema';
import { useT } from '../i18n';
import '../styles/review.css';

export function PositiveCore({ themes, className = '' }: { themes: Theme[]; className?: string }) {
  const t = useT();
  const carried = themes.filter((th) => th.origin && th.step === 'discover');
  if (carried.length === 0) return null;
  return (
    <section className={`positive-core ${className}`} aria-labelledby="core-h" data-testid="positive-core">
      <h2 id="core-h">{t('positiveCore')}</h2>
      <ul>
        {carried.map((th) => (
          <li key={th.id}>{th.name}</li>
        ))}
      </ul>
    </section>
  );
}
