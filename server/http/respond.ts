// Turning thrown errors into the documented `{ error }` JSON shape.
import type { ErrorRequestHandler, Request, RequestHandler, Response, NextFunction } from 'express';
import type { z } from 'zod';
import { UserError } from '../workshops/errors.js';
import type { Workshops } from '../workshops/workshops.js';
import type { WorkshopRecord } from '../store/workshop-record.js';

/** Wraps an async handler so a rejection reaches the error handler. */
export const handle =
  (fn: (req: Request, res: Response) => Promise<void>): RequestHandler =>
  (req: Request, res: Response, next: NextFunction) => {
    fn(req, res).catch(next);
  };

export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new UserError(400, `Invalid request: ${where}${issue?.message ?? 'bad body'}`);
}

export const errorHandler: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  if (error instanceof UserError) {
    res.status(error.status).json({ error: error.message });
    return;
  }
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
  const type = typeof error === 'object' && error !== null && 'type' in error ? String(error.type) : '';
  if (type === 'entity.parse.failed') {
    res.status(400).json({ error: 'Invalid request: the body is not valid JSON.' });
  } else if (type === 'entity.too.large') {
    res.status(413).json({ error: 'The request body is too large.' });
  } else if (status >= 400 && status < 500) {
    res.status(status).json({ error: error instanceof Error ? error.message : 'Bad request.' });
  } else {
    console.error('[http] unexpected error', error);
    res.status(500).json({ error: 'Something went wrong on the server. Nothing you sent was lost; try again.' });
  }
};

/** The bearer token of a request, or null. */
export function bearerToken(req: Request): string | null {
  return /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1] ?? null;
}

/**
 * The workshop of the URL, if the bearer token is its facilitator's, or the series token
 * of the series it belongs to. Unknown workshop: 404; no token or another role's token: 403.
 */
export const requireFacilitatorOf =
  ({ records, authenticate, authenticateSeries }: Pick<Workshops, 'records' | 'authenticate' | 'authenticateSeries'>) =>
  async (req: Request): Promise<WorkshopRecord> => {
    const record = await records.require(String(req.params.id));
    const token = bearerToken(req);
    if (!token) throw new UserError(403, 'This needs the facilitator link: send Authorization: Bearer <facilitatorToken>.');
    const grant = await authenticate(token);
    if (grant && grant.workshopId === record.id && grant.role === 'facilitator') return record;
    if (!grant && record.seriesId && (await authenticateSeries(token)) === record.seriesId) return record;
    throw new UserError(403, 'Only the facilitator of this workshop can do that.');
  };
