// Headers of a downloaded export: a file name a person recognises (the title in plain
// ASCII and the export date) and no caching, since exports hold what people wrote.
import type { Response } from 'express';

export function setAttachment(res: Response, file: { title: string; at: number; fallback: string; extension: string; type: string }): void {
  const date = new Date(file.at).toISOString().slice(0, 10);
  const base = file.title.normalize('NFKD').replace(/[^\w -]+/g, '').trim().replace(/\s+/g, '-').slice(0, 60) || file.fallback;
  res.type(file.type);
  res.setHeader('Content-Disposition', `attachment; filename="${base}-${date}.${file.extension}"`);
  res.setHeader('Cache-Control', 'no-store');
}
