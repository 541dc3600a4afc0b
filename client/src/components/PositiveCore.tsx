// "What do we want to keep": the Discover themes the facilitator marked as the positive
// core, shown in Dream on the projector and the phones.
import type { Theme } from '../../../shared/schema';
import { useT } from '../i18n';

export function PositiveCore({ themes }: { themes: Theme[] }) {
  const t = useT();
  if (!themes.length) return null;
  return (
    <aside className="positive-core" aria-labelledby="positive-core-h" data-testid="positive-core">
      <h2 id="positive-core-h" className="positive-core__title">
        {t('positiveCoreTitle')}
      </h2>
      <p className="hint">{t('positiveCoreHint')}</p>
      <ul className="positive-core__list">
        {themes.map((th) => (
          <li key={th.id}>{th.name}</li>
        ))}
      </ul>
    </aside>
  );
}
