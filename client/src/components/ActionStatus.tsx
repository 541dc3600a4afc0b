// An action's status in words, and the form that marks it (the owner's phone, the console).
import { useState, type FormEvent } from 'react';
import { ACTION_STATUSES, actionStatus, type ActionStatus } from '../../../shared/board-fields';
import type { Action } from '../../../shared/schema';
import type { UiKey } from '../../../shared/i18n/ui';
import { LIMITS, clipText } from '../../../shared/limits';
import { useT } from '../i18n';
import '../styles/review.css';

export const STATUS_KEYS: Record<ActionStatus, UiKey> = {
  planned: 'statusPlanned',
  'under-way': 'statusUnderWay',
  done: 'statusDone',
  stuck: 'statusStuck',
  dropped: 'statusDropped',
};

export function StatusLabel({ action }: { action: Action }) {
  const t = useT();
  const status = actionStatus(action);
  return (
    <span className={`status status--${status}`} data-testid="action-status" data-status={status}>
      {t(STATUS_KEYS[status])}
    </span>
  );
}

/** Status and a short note of what happened, saved together. */
export function StatusForm({ action, disabled, onSave }: { action: Action; disabled: boolean; onSave: (status: ActionStatus, note: string) => void }) {
  const t = useT();
  const [status, setStatus] = useState<ActionStatus>(actionStatus(action));
  const [note, setNote] = useState(action.statusNote ?? '');
  const changed = status !== actionStatus(action) || note.trim() !== (action.statusNote ?? '');
  const id = `st-${action.id}`;
  function submit(e: FormEvent) {
    e.preventDefault();
    onSave(status, note.trim());
  }
  return (
    <form className="status-form" onSubmit={submit} aria-label={t('statusOf', { what: action.what })} data-testid="status-form">
      <div className="field">
        <label htmlFor={`${id}-s`}>{t('actionStatus')}</label>
        <select id={`${id}-s`} value={status} onChange={(e) => setStatus(e.target.value as ActionStatus)} disabled={disabled}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_KEYS[s])}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-n`}>{t('statusNoteLabel')}</label>
        <input id={`${id}-n`} value={note} maxLength={LIMITS.statusNote} onChange={(e) => setNote(clipText(e.target.value, LIMITS.statusNote))} disabled={disabled} />
      </div>
      <button type="submit" className="btn btn--primary" disabled={disabled || !changed}>
        {t('saveStatus')}
      </button>
    </form>
  );
}

/** One "what helped" note for an action: Discover material for the next round. */
export function WhatHelpedForm({ action, disabled, onAdd }: { action: Action; disabled: boolean; onAdd: (text: string) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const id = `wh-${action.id}`;
  function submit(e: FormEvent) {
    e.preventDefault();
    if (text.trim()) onAdd(clipText(text.trim(), LIMITS.noteText));
    setText('');
  }
  return (
    <form className="inline-form what-helped-form" onSubmit={submit}>
      <label htmlFor={id}>{t('whatHelpedFor', { what: action.what })}</label>
      <input id={id} value={text} onChange={(e) => setText(clipText(e.target.value, LIMITS.noteText))} aria-describedby={`${id}-hint`} disabled={disabled} />
      <span id={`${id}-hint`} className="hint">
        {t('whatHelpedHint')}
      </span>
      <button type="submit" className="btn" disabled={disabled || !text.trim()}>
        {t('addWhatHelped')}
      </button>
    </form>
  );
}
