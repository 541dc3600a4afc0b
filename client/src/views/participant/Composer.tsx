// Write a note: Enter adds it, Shift+Enter makes a new line; a counter shows what is left.
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_NOTE_LENGTH } from '../../../../shared/schema';
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
  const left = MAX_NOTE_LENGTH - text.length;
  const isDesign = step === 'design';

  function submit(e?: FormEvent) {
    e?.preventDefault();
    const clean = text.trim();
    if (!clean) return;
    onAdd({
      text: clean.slice(0, MAX_NOTE_LENGTH),
      ...(isDesign && firstAction.trim() ? { firstAction: firstAction.trim().slice(0, MAX_NOTE_LENGTH) } : {}),
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
        maxLength={MAX_NOTE_LENGTH}
        rows={3}
        onChange={(e) => setText(e.target.value)}
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
            <input id={`${id}-first`} maxLength={MAX_NOTE_LENGTH} value={firstAction} onChange={(e) => setFirstAction(e.target.value)} />
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
