// route-preloads.json, beside the built index.html: for each page path's first segment
// ('' for the start page), the scripts and stylesheets of the view it opens. Written by
// the build (client/build/route-preloads.ts), read by the server (server/http/page-html.ts).

export const ROUTE_PRELOADS_FILE = 'route-preloads.json';

/** Absolute URLs: scripts to modulepreload, stylesheets to link. */
export interface RouteFiles {
  scripts: string[];
  styles: string[];
}

export type RoutePreloads = Record<string, RouteFiles>;
