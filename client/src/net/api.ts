// Typed fetch for the HTTP API. Errors become an Error carrying the server's message.
import type { CreateWorkshopBody, CreateWorkshopResponse, JoinBody, JoinResponse, WorkshopLookup } from '../../../shared/api';
import { normaliseJoinCode } from '../../../shared/protocol';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError('network', 0);
  }
  if (!res.ok) {
    let message = res.statusText || `HTTP ${res.status}`;
    try {
      const body = (await res.json()) as { error?: unknown };
      if (typeof body.error === 'string') message = body.error;
    } catch {
      /* not json */
    }
    throw new ApiError(message, res.status);
  }
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const createWorkshop = (body: CreateWorkshopBody) => request<CreateWorkshopResponse>('/api/workshops', json(body));

/** A new workshop from a JSON export (the server validates it: a bad file is a 400 naming the field). */
export const importWorkshop = (snapshot: unknown) => request<CreateWorkshopResponse>('/api/workshops/import', json(snapshot));

export const lookupJoinCode = (code: string) => request<WorkshopLookup>(`/api/join/${encodeURIComponent(normaliseCode(code))}`);

export const joinWorkshop = (body: JoinBody) => request<JoinResponse>('/api/join', json(body));

export const qrUrl = (workshopId: string) => `/api/workshops/${encodeURIComponent(workshopId)}/qr.svg`;

/** The server's own rule (shared/protocol.ts), so the phone looks up what the server stores. */
export const normaliseCode = normaliseJoinCode;

export const EXPORTS = {
  pdf: 'export.pdf',
  md: 'export.md',
  json: 'export.json',
  notesCsv: 'notes.csv',
  actionsCsv: 'actions.csv',
} as const;
export type ExportKind = keyof typeof EXPORTS;

/** Deletes a workshop and everything in it (facilitator only). */
export async function deleteWorkshop(workshopId: string, token: string): Promise<void> {
  await request<void>(`/api/workshops/${encodeURIComponent(workshopId)}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
}

/** Downloads a facilitator export (it needs the bearer token, so a plain link will not do). */
export async function downloadExport(workshopId: string, token: string, kind: ExportKind, title: string): Promise<void> {
  const file = EXPORTS[kind];
  const ext = file.slice(file.lastIndexOf('.'));
  const base = file.startsWith('export') ? 'kruiwagen' : `kruiwagen-${file.replace(/\.\w+$/, '')}`;
  await downloadWithToken(`/api/workshops/${encodeURIComponent(workshopId)}/${file}`, token, `${base}-${slug(title)}${ext}`);
}

/** Saves what `path` answers to the bearer `token` as a file; an error answer throws its message. */
export async function downloadWithToken(path: string, token: string, filename: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError('network', 0);
  }
  if (!res.ok) {
    let message = `HTTP ${res.status}`;
    try {
      const body = (await res.json()) as { error?: unknown };
      if (typeof body.error === 'string') message = body.error;
    } catch {
      /* ignore */
    }
    throw new ApiError(message, res.status);
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'workshop'
  );
}
