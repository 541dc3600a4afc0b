// Grouping on the phone, while the facilitator allows it: a labelled "Theme" select on
// each note of the Discover step (native, so it works by touch, keyboard and screen
// reader alike). Offline it is disabled: a change the server refuses (the facilitator
// took grouping back meanwhile) would make the phone drop its unsent notes with it.
import { useEffect, useState } from 'react';
import type { Note, Theme } from '../../../../shared/schema';
import { useT } from '../../i18n';

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
  // The board re-reads the document on the next animation frame; until then React would
  // put the controlled select back to the old value, and a quick second arrow key would
  // start from there. Hold the choice until the note is read again (a new object).
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => setChosen(null), [note]);
  return (
    <div className="theme-pick">
      <label htmlFor={id} className="theme-pick__label">
        <span aria-hidden="true">{t('theme')}</span>
        <span className="visually-hidden">{t('moveToThemeFor', { text: short })}</span>
      </label>
      <select
        id={id}
        value={chosen ?? current}
        disabled={disabled}
        onChange={(e) => {
          setChosen(e.target.value);
          onChange(note.id, e.target.value);
        }}
        data-testid="pick-theme"
      >
        <option value="">{t('noTheme')}</option>
        {themes.map((th) => (
          <option key={th.id} value={th.id}>
            {th.name}
          </option>
        ))}
      </select>
    </div>
  );
}
