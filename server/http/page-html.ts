// index.html for one page path, with hints in <head> for what that page will ask for
// next: the view's own chunks and stylesheets (route-preloads.json, written by
// client/build/route-preloads.ts) and, on /j/<code>, the code's lookup. Without them a
// phone asks for each only after the entry script has downloaded and run: two more round
// trips on a slow network before the join form shows its groups.
import fs from 'node:fs';
import path from 'node:path';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normaliseJoinCode } from '../../shared/protocol.js';
import { ROUTE_PRELOADS_FILE, type RoutePreloads } from '../../shared/route-preloads.js';
const PLAIN_CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);
// Only our own build's names go into the page; anything else in the file is ignored.
const ASSET_URL = /^\/assets\/[\w.-]+\.(js|css)$/;

interface Built {
  stamp: string;
  html: string;
  preloads: RoutePreloads;
}

function readPreloads(file: string): RoutePreloads {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as RoutePreloads) : {};
  } catch {
    return {};
  }
}

function urls(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((u): u is string => typeof u === 'string' && ASSET_URL.test(u)) : [];
}

/** The first path segment, decoded ('' for the start page), or null when it cannot be decoded. */
function segments(pathname: string): string[] | null {
  try {
    return pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
}

/** The <link> tags for a page path (each URL made only of checked characters). */
export function pageHints(pathname: string, preloads: RoutePreloads): string {
  const parts = segments(pathname);
  if (!parts) return '';
  const [head = '', code] = parts;
  // As client/src/main.tsx routes: /j works without a code, the other views need an id.
  const opensView = head === '' || head === 'j' || parts.length >= 2;
  const files = opensView && Object.hasOwn(preloads, head) ? preloads[head] : undefined;
  const tags: string[] = [];
  if (head === 'j' && code !== undefined) {
    // The same URL the join page fetches (client/src/net/api.ts lookupJoinCode), so the
    // browser hands the page this response instead of asking again.
    const normal = normaliseJoinCode(code);
    if (PLAIN_CODE.test(normal)) tags.push(`<link rel="preload" as="fetch" crossorigin href="/api/join/${normal}">`);
  }
  for (const href of urls(files?.styles)) tags.push(`<link rel="stylesheet" crossorigin href="${href}">`);
  for (const href of urls(files?.scripts)) tags.push(`<link rel="modulepreload" crossorigin href="${href}">`);
  return tags.join('');
}

/** Reads index.html and the preload list again only when the build changed. */
export function pageHtml(clientDir: string): (pathname: string) => string | null {
  const indexFile = path.join(clientDir, 'index.html');
  const preloadsFile = path.join(clientDir, ROUTE_PRELOADS_FILE);
  let built: Built | null = null;
  return (pathname) => {
    let stamp: string;
    try {
      const a = fs.statSync(indexFile);
      const b = fs.statSync(preloadsFile, { throwIfNoEntry: false });
      stamp = `${a.mtimeMs}:${a.size}:${b?.mtimeMs ?? 0}:${b?.size ?? 0}`;
    } catch {
      return null;
    }
    if (built?.stamp !== stamp) built = { stamp, html: fs.readFileSync(indexFile, 'utf8'), preloads: readPreloads(preloadsFile) };
    const hints = pageHints(pathname, built.preloads);
    return hints ? built.html.replace('</head>', `${hints}</head>`) : built.html;
  };
}
