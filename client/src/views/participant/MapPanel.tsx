// The living social map on a phone: put yourself or your organisation on the map, say what
// you offer and for whom, and draw "we work with …" ties to other entries. Optional at
// every step; only the owner changes an entry (the server refuses anything else).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { BoardDoc, MapEntry, MapTie } from '../../../../shared/schema';
import { GROUP_IDS, type GroupId } from '../../../../shared/groups';
import { SUPPORT_TYPES, type SupportType } from '../../../../shared/support-types';
import { LIMITS, clipText } from '../../../../shared/limits';
import { SUPPORT_NAMES } from '../../../../shared/i18n/names';
import { GROUP_NAMES, useLang, useT } from '../../i18n';
import { newId } from '../../lib/id';

interface Props {
  board: BoardDoc;
  entries: MapEntry[];
  ties: MapTie[];
  me: string;
  myGroup: GroupId | undefined;
}

type Draft = Omit<MapEntry, 'id' | 'owner' | 'createdAt'>;

export function MapPanel({ board, entries, ties, me, myGroup }: Props) {
  const t = useT();
  const { lang } = useLang();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const mine = entries.filter((e) => e.owner === me);
  const others = entries.filter((e) => e.owner !== me);
  const nameOf = new Map(entries.map((e) => [e.id, e.name]));
  const offers = (e: MapEntry) => [...e.offers.map((o) => SUPPORT_NAMES[o][lang]), ...(e.offerText ? [e.offerText] : [])].join(' · ');

  function save(draft: Draft) {
    if (editing === 'new') board.addMapEntry({ ...draft, owner: me, createdAt: Date.now() }, newId());
    else if (editing) board.updateMapEntry(editing, draft);
    setEditing(null);
    setStatus(t('mapSaved'));
  }
  function remove(entry: MapEntry) {
    board.deleteMapEntry(entry.id);
    setStatus(t('mapRemoved'));
    addButton.current?.focus();
  }

  return (
    <section className="map-panel card" aria-labelledby="map-panel-h" data-testid="map-panel">
      <h2 id="map-panel-h">{t('mapTitle')}</h2>
      <p className="hint">{t('mapIntro')}</p>
      {mine.map((entry) =>
        editing === entry.id ? (
          <EntryForm key={entry.id} initial={entry} myGroup={myGroup} onSave={save} onCancel={() => setEditing(null)} />
        ) : (
          <article key={entry.id} className={`map-entry group-${entry.group}`} data-testid="my-map-entry">
            <h3 className="map-entry__name">{entry.name}</h3>
            <p className="map-entry__meta">
              {GROUP_NAMES[entry.group][lang]}
              {offers(entry) ? ` · ${offers(entry)}` : ''}
            </p>
            {entry.forWhom ? (
              <p className="map-entry__meta">
                {t('mapForWhom')} {entry.forWhom}
              </p>
            ) : null}
            <div className="btn-row">
              <button type="button" className="btn btn--small" onClick={() => setEditing(entry.id)} aria-label={t('mapEditEntryFor', { name: entry.name })}>
                {t('edit')}
              </button>
              <button type="button" className="btn btn--small btn--quiet" onClick={() => remove(entry)} aria-label={t('mapDeleteEntryFor', { name: entry.name })}>
                {t('delete')}
              </button>
            </div>
            <Ties board={board} entry={entry} ties={ties.filter((tie) => tie.from === entry.id)} others={entries.filter((e) => e.id !== entry.id)} nameOf={nameOf} me={me} />
          </article>
        ),
      )}
      {editing === 'new' ? (
        <EntryForm myGroup={myGroup} onSave={save} onCancel={() => (setEditing(null), addButton.current?.focus())} />
      ) : mine.length >= LIMITS.mapEntriesPerParticipant ? null : (
        <button ref={addButton} type="button" className="btn btn--block" onClick={() => setEditing('new')} data-testid="map-add">
          {mine.length ? t('mapAddAnother') : t('mapAddEntry')}
        </button>
      )}
      <details className="map-panel__others">
        <summary>
          {t('mapOthersHeading')} <span className="count">({others.length})</span>
        </summary>
        {others.length ? (
          <ul>
            {others.map((e) => (
              <li key={e.id}>
                <strong>{e.name}</strong> · {GROUP_NAMES[e.group][lang]}
                {offers(e) ? ` · ${offers(e)}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('mapNoOthers')}</p>
        )}
      </details>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </section>
  );
}

function EntryForm({ initial, myGroup, onSave, onCancel }: { initial?: MapEntry; myGroup: GroupId | undefined; onSave: (d: Draft) => void; onCancel: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const id = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [group, setGroup] = useState<GroupId>(initial?.group ?? myGroup ?? 'other');
  const [offers, setOffers] = useState<SupportType[]>(initial?.offers ?? []);
  const [offerText, setOfferText] = useState(initial?.offerText ?? '');
  const [forWhom, setForWhom] = useState(initial?.forWhom ?? '');
  const [contact, setContact] = useState(initial?.contact ?? '');
  const [shareContact, setShareContact] = useState(initial?.shareContact ?? false);
  const [error, setError] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => nameInput.current?.focus(), []);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setError(true);
      nameInput.current?.focus();
      return;
    }
    onSave({
      name: clipText(name.trim(), LIMITS.title),
      group,
      // in the list's order, whatever order they were ticked in
      offers: SUPPORT_TYPES.filter((s) => offers.includes(s)),
      offerText: clipText(offerText.trim(), LIMITS.mapText),
      forWhom: clipText(forWhom.trim(), LIMITS.mapText),
      // a contact not shared is not kept: the document reaches every device in the workshop
      contact: shareContact ? clipText(contact.trim(), LIMITS.title) : '',
      shareContact,
    });
  }

  return (
    <form className="map-form" onSubmit={submit} aria-labelledby={`${id}-h`} data-testid="map-form" noValidate>
      <h3 id={`${id}-h`}>{initial ? t('mapFormEdit') : t('mapFormNew')}</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('mapName')}</label>
        <input
          id={`${id}-name`}
          ref={nameInput}
          value={name}
          onChange={(e) => (setName(clipText(e.target.value, LIMITS.title)), setError(false))}
          aria-describedby={`${id}-name-hint${error ? ` ${id}-name-error` : ''}`}
          aria-invalid={error || undefined}
          required
          data-testid="map-name"
        />
        <span className="hint" id={`${id}-name-hint`}>
          {t('mapNameHint')}
        </span>
        {error ? (
          <span className="error" id={`${id}-name-error`} role="alert">
            {t('mapNameRequired')}
          </span>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t('mapGroup')}</label>
        <select id={`${id}-group`} value={group} onChange={(e) => setGroup(e.target.value as GroupId)}>
          {GROUP_IDS.map((g) => (
            <option key={g} value={g}>
              {GROUP_NAMES[g][lang]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>{t('mapOffers')}</legend>
        {SUPPORT_TYPES.map((s) => (
          <label key={s} className="choice">
            <input
              type="checkbox"
              checked={offers.includes(s)}
              onChange={(e) => setOffers((list) => (e.target.checked ? [...list, s] : list.filter((x) => x !== s)))}
              data-testid={`map-offer-${s}`}
            />
            {SUPPORT_NAMES[s][lang]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-offer`}>
          {t('mapOfferText')} <span className="optional">({t('optional')})</span>
        </label>
        <input id={`${id}-offer`} value={offerText} onChange={(e) => setOfferText(clipText(e.target.value, LIMITS.mapText))} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-for`}>
          {t('mapForWhom')} <span className="optional">({t('optional')})</span>
        </label>
        <input id={`${id}-for`} value={forWhom} onChange={(e) => setForWhom(clipText(e.target.value, LIMITS.mapText))} />
      </div>
      <label className="choice">
        <input type="checkbox" checked={shareContact} onChange={(e) => setShareContact(e.target.checked)} aria-describedby={`${id}-share-help`} data-testid="map-share" />
        {t('mapShareContact')}
      </label>
      <p className="hint" id={`${id}-share-help`}>
        {t('mapShareContactHelp')}
      </p>
      {shareContact ? (
        <div className="field">
          <label htmlFor={`${id}-contact`}>{t('mapContact')}</label>
          <input id={`${id}-contact`} value={contact} onChange={(e) => setContact(clipText(e.target.value, LIMITS.title))} autoComplete="off" data-testid="map-contact" />
        </div>
      ) : null}
      <div className="btn-row">
        <button type="submit" className="btn btn--primary" data-testid="map-save">
          {t('mapSave')}
        </button>
        <button type="button" className="btn btn--quiet" onClick={onCancel}>
          {t('mapCancel')}
        </button>
      </div>
    </form>
  );
}

/** "We work with …": the ties from one of my entries, and a choice of entry to add one. */
function Ties({ board, entry, ties, others, nameOf, me }: { board: BoardDoc; entry: MapEntry; ties: MapTie[]; others: MapEntry[]; nameOf: Map<string, string>; me: string }) {
  const t = useT();
  const id = useId();
  const tied = new Set(ties.map((tie) => tie.to));
  const open = others.filter((e) => !tied.has(e.id));
  const [to, setTo] = useState('');
  const chosen = open.some((e) => e.id === to) ? to : '';
  return (
    <div className="map-ties">
      {ties.length ? (
        <p className="map-ties__head" id={`${id}-ties`}>
          {t('mapTieLabel')}
        </p>
      ) : null}
      {ties.length ? (
        <ul className="map-ties__list" aria-labelledby={`${id}-ties`}>
          {ties.map((tie) => (
            <li key={tie.id}>
              {nameOf.get(tie.to)}{' '}
              <button type="button" className="btn btn--small btn--quiet" onClick={() => board.deleteMapTie(tie.id)} aria-label={t('mapTieRemoveFor', { name: nameOf.get(tie.to) ?? '' })}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {open.length ? (
        <div className="field map-ties__add">
          <label htmlFor={`${id}-to`}>{ties.length ? t('mapTieAddLabel') : t('mapTieLabel')}</label>
          <div className="btn-row">
            <select id={`${id}-to`} value={chosen} onChange={(e) => setTo(e.target.value)} data-testid="map-tie-to">
              <option value="">—</option>
              {open.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn"
              disabled={!chosen}
              onClick={() => {
                board.addMapTie({ from: entry.id, to: chosen, owner: me, createdAt: Date.now() }, newId());
                setTo('');
              }}
              data-testid="map-tie-add"
            >
              {t('mapTieAdd')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
