// Write a note: Enter adds it, Shift+Enter makes a new line; a counter shows what is left.
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { LIMITS, clipText, textLength } from '../../../../shared/limits';
import type { StepId } from '../../../../shared/steps';
import { useT } from '../../i18n';

export interface LinkOption {
  id: string;
  label: string;
}

export interface NewNote {
  text: string;
  linkedTo?: string;
  firstAction?: string;
}

export function Composer({ step, onAdd, linkOptions }: { step: StepId; onAdd: (note: NewNote) => void; linkOptions: LinkOption[] }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [firstAction, setFirstAction] = useState('');
  const [linkedTo, setLinkedTo] = useState('');
  const [added, setAdded] = useState(0);
  // Counted as a person counts (an emoji is one), as the server does; maxLength would count UTF-16 units.
  const left = LIMITS.noteText - textLength(text);
  const isDesign = step === 'design';

  function submit(e?: FormEvent) {
    e?.preventDefault();
    const clean = text.trim();
    if (!clean) return;
    onAdd({
      text: clipText(clean, LIMITS.noteText),
      ...(isDesign && firstAction.trim() ? { firstAction: clipText(firstAction.trim(), LIMITS.noteText) } : {}),
      ...(isDesign && linkedTo ? { linkedTo } : {}),
    });
    setText('');
    setFirstAction('');
    setAdded((n) => n + 1);
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  }

  return (
    <form className="composer card" onSubmit={submit}>
      <label htmlFor={`${id}-text`} className="composer__label">
        {isDesign ? t('yourSmallStep') : t('yourNote')}
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={3}
        onChange={(e) => setText(clipText(e.target.value, LIMITS.noteText))}
        onKeyDown={onKeyDown}
        aria-describedby={`${id}-count ${id}-hint`}
      />
      <div className="composer__meta">
        <span id={`${id}-hint`} className="hint">
          {t('enterHint')}
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
      <button type="submit" className="btn btn--primary btn--large btn--block" disabled={!text.trim()}>
        {t('addNote')}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {added ? t('noteAdded') : ''}
      </p>
    </form>
  );
}
