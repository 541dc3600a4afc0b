// The ending, after Deliver: the shared ambition, what the room made (notes, actions,
// people per group) and thanks. Shown while the facilitator has finished the workshop.
import { GROUP_IDS, type GroupId } from '../../../../shared/groups';
import type { Roster, RoomState } from '../../../../shared/room';
import type { Action, Note } from '../../../../shared/schema';
import { GROUP_NAMES_PLURAL, useLang, useT } from '../../i18n';
import { AmbitionBanner } from '../../components/AmbitionBanner';
import { COMBINED_GROUPS_LABEL, MIN_SHOWN_GROUP_SIZE } from '../../../../shared/small-groups';
import { LangSwitch } from '../../components/LangSwitch';


interface Row {
  key: string;
  label: string;
  people: number;
  notes: number;
}

function groupRows(state: RoomState, roster: Roster | null, notes: Note[], nameOf: (g: GroupId) => string, smallLabel: string): Row[] {
  const people = new Map<GroupId, number>();
  for (const p of roster?.participants ?? []) people.set(p.group, (people.get(p.group) ?? 0) + 1);
  const written = new Map<GroupId, number>();
  for (const n of notes) if (n.group && n.author !== 'facilitator') written.set(n.group, (written.get(n.group) ?? 0) + 1);
  const rows: Row[] = [];
  const small: Row = { key: 'small', label: smallLabel, people: 0, notes: 0 };
  for (const g of GROUP_IDS) {
    const row = { key: g, label: nameOf(g), people: people.get(g) ?? 0, notes: written.get(g) ?? 0 };
    if (!row.people && !row.notes) continue;
    // in an anonymous workshop a role of one or two people is not shown on its own: it would name them
    if (state.anonymous && row.people < MIN_SHOWN_GROUP_SIZE) {
      small.people += row.people;
      small.notes += row.notes;
    } else rows.push(row);
  }
  if (small.people || small.notes) rows.push(small);
  return rows;
}

export function ClosingScreen({ state, roster, notes, actions, ambition }: { state: RoomState; roster: Roster | null; notes: Note[]; actions: Action[]; ambition: Note | null }) {
  const t = useT();
  const { lang } = useLang();
  const rows = groupRows(state, roster, notes, (g) => GROUP_NAMES_PLURAL[g][lang], COMBINED_GROUPS_LABEL[lang]);
  const participants = roster?.participants.length ?? 0;
  return (
    <main className="projector projector--closing" data-testid="closing-screen">
      <div className="closing">
        <p className="closing__title-line">{state.title}</p>
        <h1 className="closing__thanks">{t('closingThanks')}</h1>
        <AmbitionBanner ambition={ambition} year={state.horizonYear} />
        <h2 className="closing__made">{t('closingWhatWeMade')}</h2>
        <ul className="closing__figures">
          <li data-testid="closing-notes">{t('notesCount', { n: notes.length })}</li>
          <li data-testid="closing-actions">{t('closingActions', { n: actions.length })}</li>
          <li data-testid="closing-people">{t('closingPeople', { n: participants })}</li>
        </ul>
        {rows.length ? (
          <table className="closing__groups" data-testid="closing-groups">
            <caption>{t('closingWhoTookPart')}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('closingWhoTookPart')}</span>
                </th>
                <th scope="col">{t('closingPeopleCol')}</th>
                <th scope="col">{t('closingNotesCol')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className={r.key === 'small' ? undefined : `group-${r.key}`}>
                  <th scope="row">{r.label}</th>
                  <td>{r.people}</td>
                  <td>{r.notes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <p className="closing__report">{t('closingReport')}</p>
        <div className="closing__foot">
          <LangSwitch />
        </div>
      </div>
    </main>
  );
}
