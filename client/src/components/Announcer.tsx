// A polite live region: new notes ("New note from a carer") and step changes, throttled
// so that a burst of 30 notes becomes one message rather than a flood.
import { useEffect, useRef, useState } from 'react';
import type { Note } from '../../../shared/schema';
import type { StepId } from '../../../shared/steps';
import { GROUP_NAMES, STEP_NAMES } from '../../../shared/i18n/names';
import { useLang, useT } from '../i18n';

const THROTTLE_MS = 8000;

export function Announcer({ notes, step, selfId }: { notes: Note[]; step: StepId | undefined; selfId?: string | null }) {
  const { lang } = useLang();
  const t = useT();
  const [message, setMessage] = useState('');
  const seen = useRef<Set<string> | null>(null);
  const pending = useRef<Note[]>([]);
  const lastAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastStep = useRef<StepId | undefined>(undefined);

  useEffect(() => {
    if (!step) return;
    if (lastStep.current && lastStep.current !== step) {
      setMessage(t('stepChangedTo', { step: STEP_NAMES[step][lang] }));
      lastAt.current = Date.now();
      seen.current = null; // do not announce the new step's existing notes
      pending.current = [];
    }
    lastStep.current = step;
  }, [step, lang, t]);

  useEffect(() => {
    if (seen.current === null) {
      seen.current = new Set(notes.map((n) => n.id));
      return;
    }
    const fresh = notes.filter((n) => !seen.current!.has(n.id));
    for (const n of fresh) seen.current.add(n.id);
    pending.current.push(...fresh.filter((n) => n.author !== selfId));
    if (pending.current.length === 0 || timer.current) return;
    const flush = () => {
      timer.current = null;
      const batch = pending.current;
      pending.current = [];
      if (batch.length === 1) {
        const g = batch[0]!.group ?? 'other';
        setMessage(t('newNoteFrom', { group: GROUP_NAMES[g][lang].toLowerCase() }));
      } else if (batch.length > 1) setMessage(t('newNotes', { n: batch.length }));
      lastAt.current = Date.now();
    };
    const wait = Math.max(0, lastAt.current + THROTTLE_MS - Date.now());
    timer.current = setTimeout(flush, Math.max(wait, 1000));
  }, [notes, selfId, lang, t]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {message}
    </div>
  );
}
