// Renders the Houten fixture report and its first pages as PNG into docs/, for review:
//   npx tsx tests/export/render-sample.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPdf } from '../../server/export/pdf.js';
import { houtenSnapshot } from './fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'kruiwagen-sample-'));
const file = join(dir, 'report.pdf');
writeFileSync(file, await renderPdf(houtenSnapshot()));
for (const n of [1, 2, 3]) {
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '80', '-f', String(n), '-l', String(n), '-singlefile', file, join(dir, 'page')]);
  renameSync(join(dir, 'page.png'), join('docs', `report-page-${n}.png`));
}
rmSync(dir, { recursive: true, force: true });
console.log('docs/report-page-1.png … report-page-3.png');
