// Write a note. With a hardware keyboard Enter adds it and Shift+Enter makes a new line;
// on a touch keyboard Enter makes a new line and the button adds. After adding, the button
// itself says so for a moment: it is the one thing surely on screen after a tap.
import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { LIMITS, clipText, textLength } from '../../../../shared/limits';
import type { StepId } from '../../../../shared/steps';
import { useT } from '../../i18n';
import { useHardwareKeyboardLikely } from '../../lib/pointer';

const POSTED_SHOWN_MS = 2500;

export interface LinkOption {
  id: string;
  label: string;
}

export interface NewNote {
  text: string;
  linkedTo?: string;
  firstAction?: string;
  /** Dream: the Discover themes this ambition builds on. */
  buildsOn?: string[];
}

export function Composer({
  step,
  onAdd,
  linkOptions,
  isPrivate = false,
  buildsOnOptions = [],
}: {
  step: StepId;
  onAdd: (note: NewNote) => void;
  linkOptions: LinkOption[];
  isPrivate?: boolean;
  /** Dream: Discover's themes, to say what an ambition builds on. */
  buildsOnOptions?: LinkOption[];
}) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [firstAction, setFirstAction] = useState('');
  const [linkedTo, setLinkedTo] = useState('');
  const [buildsOn, setBuildsOn] = useState<string[]>([]);
  const [added, setAdded] = useState(0);
  const [posted, setPosted] = useState(false);
  const enterAdds = useHardwareKeyboardLikely();
  // Counted as a person counts (an emoji is one), as the server does; maxLength would count UTF-16 units.
  const left = LIMITS.noteText - textLength(text);
  const isDesign = step === 'design';
  const isDream = step === 'dream';
  const chosenThemes = buildsOnOptions.filter((o) => buildsOn.includes(o.id)).map((o) => o.id);

  function submit(e?: FormEvent) {
    e?.preventDefault();
    const clean = text.trim();
    if (!clean) return;
    onAdd({
      text: clipText(clean, LIMITS.noteText),
      ...(isDesign && firstAction.trim() ? { firstAction: clipText(firstAction.trim(), LIMITS.noteText) } : {}),
      ...(isDesign && linkedTo ? { linkedTo } : {}),
      ...(isDream && chosenThemes.length ? { buildsOn: chosenThemes.slice(0, LIMITS.buildsOn) } : {}),
    });
    setText('');
    setBuildsOn([]);
    setFirstAction('');
    setAdded((n) => n + 1);
    setPosted(true);
  }

  useEffect(() => {
    if (!posted) return;
    const timer = setTimeout(() => setPosted(false), POSTED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [posted, added]);

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (enterAdds && e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  }

  return (
    <form className="composer card" onSubmit={submit}>
      {isDream ? <PossibilityChecklist /> : null}
      <label htmlFor={`${id}-text`} className="composer__label">
        {isDesign ? t('yourSmallStep') : t('yourNote')}
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={3}
        onChange={(e) => {
          setText(clipText(e.target.value, LIMITS.noteText));
          setPosted(false);
        }}
        onKeyDown={onKeyDown}
        enterKeyHint={enterAdds ? 'send' : 'enter'}
        aria-describedby={`${id}-count ${id}-hint`}
        data-testid="composer-text"
      />
      <div className="composer__meta">
        <span id={`${id}-hint`} className="hint" data-testid="enter-hint">
          {enterAdds ? t('enterHint') : t('enterMakesNewLine')}
        </span>
        <span id={`${id}-count`} className={`counter${left < 40 ? ' counter--low' : ''}`} aria-live={left < 40 ? 'polite' : 'off'}>
          {t('charsLeft', { n: left })}
        </span>
      </div>
      {isDesign ? (
        <>
          <div className="field">
            <label htmlFor={`${id}-first`}>
              {t('firstAction')} <span className="optional">({t('optional')})</span>
            </label>
            <input id={`${id}-first`} value={firstAction} onChange={(e) => setFirstAction(clipText(e.target.value, LIMITS.noteText))} />
          </div>
          {linkOptions.length ? (
            <div className="field">
              <label htmlFor={`${id}-link`}>{t('servesAmbition')}</label>
              <select id={`${id}-link`} value={linkedTo} onChange={(e) => setLinkedTo(e.target.value)}>
                <option value="">—</option>
                {linkOptions.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label.length > 70 ? `${o.label.slice(0, 70)}…` : o.label}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </>
      ) : null}
      {isDream && buildsOnOptions.length ? (
        <fieldset className="field builds-on" data-testid="builds-on-choice" aria-describedby={`${id}-builds-hint`}>
          <legend>{t('buildsOnLabel')}</legend>
          <span className="hint" id={`${id}-builds-hint`}>
            {t('buildsOnHint')}
          </span>
          {buildsOnOptions.map((o) => (
            <label key={o.id} className="choice">
              <input
                type="checkbox"
                checked={buildsOn.includes(o.id)}
                onChange={(e) => setBuildsOn((list) => (e.target.checked ? [...list, o.id] : list.filter((x) => x !== o.id)))}
              />
              {o.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      <button type="submit" className={`btn btn--primary btn--large btn--block${posted ? ' is-posted' : ''}`} disabled={!text.trim()} data-testid="add-note">
        {posted ? <span data-testid="note-posted">✓ {isPrivate ? t('notePostedPrivate') : t('notePosted')}</span> : t('addNote')}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {added ? `${isPrivate ? t('notePostedPrivate') : t('notePosted')} (${added})` : ''}
      </p>
    </form>
  );
}

/** What makes a possibility statement, shown while writing an ambition. */
function PossibilityChecklist() {
  const t = useT();
  return (
    <div className="possibility" data-testid="possibility-checklist">
      <p className="possibility__title">{t('possibilityTitle')}</p>
      <ul className="possibility__list">
        <li>{t('possibilityNow')}</li>
        <li>{t('possibilityAsIf')}</li>
        <li>{t('possibilityPositive')}</li>
        <li>{t('possibilityStretch')}</li>
        <li>{t('possibilityGrounded')}</li>
      </ul>
    </div>
  );
}
