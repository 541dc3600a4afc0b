// The licences of every runtime dependency (what `npm install --omit=dev` ships), checked
// against an allow-list that is compatible with distributing Kruiwagen under EUPL-1.2.
// Reads package-lock.json and node_modules only: no registry, well under a second.
//   npx tsx scripts/licences.ts          (exit code 1 when a licence is not allowed)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Permissive licences (and the fonts' OFL) that EUPL-1.2 code may ship with. */
export const ALLOWED = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'CC0-1.0', 'Unlicense', 'BlueOak-1.0.0', 'OFL-1.1', 'Python-2.0', 'EUPL-1.2']);

/** A LICENSE file's opening words, for packages whose package.json names no licence. */
const LICENSE_TEXTS: [RegExp, string][] = [
  [/^\s*(The )?MIT License/i, 'MIT'],
  [/^\s*ISC License/i, 'ISC'],
  [/^\s*Apache License\s+Version 2\.0/i, 'Apache-2.0'],
];

export interface LicenceReport {
  checked: number;
  /** name@version: licence, for every dependency whose licence is not allowed or unknown. */
  failures: string[];
  /** licence -> number of packages, for the summary. */
  counts: Record<string, number>;
}

interface LockEntry {
  version?: string;
  license?: string;
  dev?: boolean;
  link?: boolean;
}

/** SPDX expressions: every part of an AND, one part of an OR must be allowed. */
export function allowed(expression: string): boolean {
  const clean = expression.replace(/[()]/g, ' ').trim();
  return clean.split(/\s+OR\s+/).some((alternative) => alternative.split(/\s+AND\s+/).every((id) => ALLOWED.has(id.trim().replace(/\+$/, ''))));
}

function licenceOf(dir: string, entry: LockEntry): string | null {
  if (entry.license) return entry.license;
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { license?: string | { type?: string }; licenses?: { type?: string }[] };
    if (typeof pkg.license === 'string') return pkg.license;
    if (pkg.license?.type) return pkg.license.type;
    if (pkg.licenses?.length) return pkg.licenses.map((l) => l.type).join(' OR ');
  } catch {
    /* fall through to the LICENSE file */
  }
  const file = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => /^(LICEN[CS]E|COPYING)(\.|$)/i.test(f)) : undefined;
  if (!file) return null;
  const text = fs.readFileSync(path.join(dir, file), 'utf8').slice(0, 200);
  return LICENSE_TEXTS.find(([re]) => re.test(text))?.[1] ?? null;
}

export function checkLicences(root: string): LicenceReport {
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const report: LicenceReport = { checked: 0, failures: [], counts: {} };
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (!where || entry.dev || entry.link) continue; // the project itself, dev-only, workspace links
    const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const licence = licenceOf(path.join(root, where), entry);
    report.checked++;
    report.counts[licence ?? 'unknown'] = (report.counts[licence ?? 'unknown'] ?? 0) + 1;
    if (!licence || !allowed(licence)) report.failures.push(`${name}@${entry.version ?? '?'}: ${licence ?? 'no licence found'}`);
  }
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const report = checkLicences(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
  console.log(`${report.checked} runtime dependencies: ${Object.entries(report.counts).map(([l, n]) => `${l} ${n}`).join(', ')}`);
  if (report.failures.length) {
    console.error(`Licences not on the allow-list (scripts/licences.ts):\n  ${report.failures.join('\n  ')}`);
    process.exit(1);
  }
}
