// The series' meetings, oldest first: date, place, who was at the table per stakeholder
// group and who was missing, and each meeting's console and report.
import { useState } from 'react';
import type { SeriesMeeting, SeriesView } from '../../../../shared/series';
import type { GroupId } from '../../../../shared/groups';
import { meetingLink } from '../../net/series-api';
import { downloadExport } from '../../net/api';
import { saveSession } from '../../net/session';
import { go } from '../../lib/nav';
import { GROUP_NAMES_PLURAL, useLang, useT } from '../../i18n';

export function SeriesMeetings({ series, token }: { series: SeriesView; token: string }) {
  const t = useT();
  const { lang } = useLang();
  const [error, setError] = useState<string | null>(null);
  const date = (ms: number) => new Date(ms).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  const groups = (present: SeriesMeeting['present']) =>
    (Object.entries(present) as [GroupId, number][]).map(([g, n]) => `${GROUP_NAMES_PLURAL[g][lang]}: ${n}`).join(', ') || '—';

  async function openConsole(m: SeriesMeeting) {
    setError(null);
    try {
      const link = await meetingLink(series.id, token, m.id);
      saveSession(m.id, { facilitatorToken: link.facilitatorToken });
      go(`/f/${encodeURIComponent(m.id)}#${link.facilitatorToken}`);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }
  async function report(m: SeriesMeeting) {
    setError(null);
    try {
      await downloadExport(m.id, token, 'pdf', m.title);
    } catch (err) {
      setError(`${t('exportFailed')}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  return (
    <section className="card" aria-labelledby="meetings-h" data-testid="series-meetings">
      <h2 id="meetings-h">
        {t('meetings')} <span className="count">({series.meetings.length})</span>
      </h2>
      {series.meetings.length === 0 ? <p className="muted">{t('noMeetingsYet')}</p> : null}
      {series.meetings.length ? (
        <div className="table-scroll">
          <table className="series__meetings">
            <thead>
              <tr>
                <th scope="col">{t('meetingDate')}</th>
                <th scope="col">{t('meetingTitle')}</th>
                <th scope="col">{t('place')}</th>
                <th scope="col">{t('presentPerGroup')}</th>
                <th scope="col">{t('absentGroups')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('openConsole')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {series.meetings.map((m) => (
                <tr key={m.id} data-testid="series-meeting">
                  <td className="series__date" data-label={t('meetingDate')}>
                    {date(m.date)}
                  </td>
                  <th scope="row">{m.title}</th>
                  <td data-label={t('place')}>{m.place || '—'}</td>
                  <td data-label={t('presentPerGroup')}>{groups(m.present)}</td>
                  <td data-label={t('absentGroups')}>{m.missing.map((g) => GROUP_NAMES_PLURAL[g][lang]).join(', ') || '—'}</td>
                  <td className="series__links">
                    <button type="button" className="btn btn--small" aria-label={t('openConsoleFor', { title: m.title })} onClick={() => void openConsole(m)}>
                      {t('openConsole')}
                    </button>
                    <button type="button" className="btn btn--small" aria-label={t('reportFor', { title: m.title })} onClick={() => void report(m)}>
                      {t('report')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
