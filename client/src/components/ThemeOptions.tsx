// The choices of a "Theme" select, on the console and on the phone: no theme, then each
// theme of the step by name.
import type { Theme } from '../../../shared/schema';
import { useT } from '../i18n';

export function ThemeOptions({ themes }: { themes: Theme[] }) {
  const t = useT();
  return (
    <>
      <option value="">{t('noTheme')}</option>
      {themes.map((th) => (
        <option key={th.id} value={th.id}>
          {th.name}
        </option>
      ))}
    </>
  );
}
