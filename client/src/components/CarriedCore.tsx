// The positive core carried over from earlier meetings: Discover's themes as a read-only
// reference the room sees during the review (Dream shows the marked positive core, PositiveCore.tsx).
import type { Theme } from '../../../shared/schema';
import { useT } from '../i18n';
import '../styles/review.css';

export function CarriedCore({ themes, className = '' }: { themes: Theme[]; className?: string }) {
  const t = useT();
  const carried = themes.filter((th) => th.origin && th.step === 'discover');
  if (carried.length === 0) return null;
  return (
    <section className={`carried-core ${className}`} aria-labelledby="carried-core-h" data-testid="carried-core">
      <h2 id="carried-core-h">{t('positiveCore')}</h2>
      <ul>
        {carried.map((th) => (
          <li key={th.id}>{th.name}</li>
        ))}
      </ul>
    </section>
  );
}
