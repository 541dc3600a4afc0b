// Typed fetch for the series API (docs/protocol.md): every call but creating carries the
// series token (or, to start the next meeting from a console, the meeting's facilitator token).
import type { CreateWorkshopResponse } from '../../../shared/api';
import type { NextMeetingBody, NextMeetingResponse, SeriesView, UpdateSeriesBody } from '../../../shared/series';
import { request } from './api';

const bearer = (token: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { ...(init.body ? { 'content-type': 'application/json' } : {}), authorization: `Bearer ${token}` },
});
const path = (seriesId: string, rest = '') => `/api/series/${encodeURIComponent(seriesId)}${rest}`;

export const getSeries = (seriesId: string, token: string) => request<SeriesView>(path(seriesId), bearer(token));

export const updateSeries = (seriesId: string, token: string, body: UpdateSeriesBody) =>
  request<SeriesView>(path(seriesId), bearer(token, { method: 'PATCH', body: JSON.stringify(body) }));

export const startMeetingInSeries = (seriesId: string, token: string, body: NextMeetingBody) =>
  request<NextMeetingResponse>(path(seriesId, '/meetings'), bearer(token, { method: 'POST', body: JSON.stringify(body) }));

/** From a meeting's console: its facilitator token starts the next meeting of its series. */
export const startNextMeeting = (workshopId: string, token: string, body: Omit<NextMeetingBody, 'from'>) =>
  request<NextMeetingResponse>(`/api/workshops/${encodeURIComponent(workshopId)}/next-meeting`, bearer(token, { method: 'POST', body: JSON.stringify(body) }));

/** A fresh facilitator link to one meeting's console. */
export const meetingLink = (seriesId: string, token: string, meetingId: string) =>
  request<Pick<CreateWorkshopResponse, 'id' | 'facilitatorToken' | 'facilitatorUrl'>>(path(seriesId, `/meetings/${encodeURIComponent(meetingId)}/link`), bearer(token, { method: 'POST' }));

export const importIntoSeries = (seriesId: string, token: string, snapshot: unknown) =>
  request<NextMeetingResponse>(path(seriesId, '/import'), bearer(token, { method: 'POST', body: JSON.stringify(snapshot) }));

export const deleteSeries = (seriesId: string, token: string) => request<{ deleted: string[] }>(path(seriesId), bearer(token, { method: 'DELETE' }));
