// Renders the Houten series report and its pages as PNG into docs/, for review:
//   npx tsx tests/export/render-series-sample.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderSeriesPdf } from '../../server/export/series-pdf.js';
import { houtenSeries } from './series-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'kruiwagen-series-sample-'));
const file = join(dir, 'series.pdf');
writeFileSync(file, await renderSeriesPdf(houtenSeries()));
execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '80', file, join(dir, 'page')]);
// pdftoppm pads the page number to the width of the page count.
const pages = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
for (const [i, png] of pages.entries()) renameSync(join(dir, png), join('docs', `series-report-page-${i + 1}.png`));
rmSync(dir, { recursive: true, force: true });
console.log(`docs/series-report-page-1.png … series-report-page-${pages.length}.png`);
