// Grouping on the phone, while the facilitator allows it: a labelled "Theme" select on
// each note of the Discover step (native, so it works by touch, keyboard and screen
// reader alike). Offline it is disabled: a change the server refuses (the facilitator
// took grouping back meanwhile) would make the phone drop its unsent notes with it.
import type { Note, Theme } from '../../../../shared/schema';
import { useT } from '../../i18n';
import { ThemeOptions } from '../../components/ThemeOptions';

interface Props {
  note: Note;
  themes: Theme[];
  disabled: boolean;
  onChange: (noteId: string, themeId: string) => void;
}

export function ThemePicker({ note, themes, disabled, onChange }: Props) {
  const t = useT();
  const id = `theme-pick-${note.id}`;
  const short = note.text.length > 30 ? `${note.text.slice(0, 30)}…` : note.text;
  // A theme the facilitator deleted meanwhile reads as "no theme".
  const current = note.themeId && themes.some((th) => th.id === note.themeId) ? note.themeId : '';
  return (
    <div className="theme-pick">
      <label htmlFor={id} className="theme-pick__label">
        <span aria-hidden="true">{t('theme')}</span>
        <span className="visually-hidden">{t('moveToThemeFor', { text: short })}</span>
      </label>
      <select
        id={id}
        value={current}
        disabled={disabled}
        onChange={(e) => onChange(note.id, e.target.value)}
        data-testid="pick-theme"
      >
        <ThemeOptions themes={themes} />
      </select>
    </div>
  );
}
