// Supply chain (issue 18): every runtime dependency's licence is on the allow-list that
// fits EUPL-1.2 distribution. Reads the lockfile and node_modules only, so it is fast.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowed, checkLicences } from '../../scripts/licences.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('licences of the runtime dependencies', () => {
  it('are all on the allow-list', () => {
    const report = checkLicences(root);
    expect(report.checked).toBeGreaterThan(100);
    expect(report.failures, `not allowed:\n${report.failures.join('\n')}`).toEqual([]);
  });

  it('reads SPDX expressions, LICENSE files, and flags what is not allowed or unknown', () => {
    expect(allowed('MIT AND OFL-1.1')).toBe(true);
    expect(allowed('(MIT OR GPL-3.0-only)')).toBe(true);
    expect(allowed('MIT AND GPL-3.0-only')).toBe(false);
    expect(allowed('AGPL-3.0-or-later')).toBe(false);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kruiwagen-licences-'));
    try {
      const lock = {
        packages: {
          '': { name: 'x' },
          'node_modules/copyleft': { version: '1.0.0', license: 'GPL-3.0-only' },
          'node_modules/tool': { version: '2.0.0', license: 'GPL-3.0-only', dev: true },
          'node_modules/bare': { version: '3.0.0' },
          'node_modules/mystery': { version: '4.0.0' },
        },
      };
      fs.writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify(lock));
      fs.mkdirSync(path.join(dir, 'node_modules/bare'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'node_modules/bare/LICENSE'), 'MIT License\n\nCopyright (c) 2017 Someone');
      const report = checkLicences(dir);
      expect(report.checked).toBe(3);
      expect(report.failures).toEqual(['copyleft@1.0.0: GPL-3.0-only', 'mystery@4.0.0: no licence found']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the SBOM the build writes', () => {
  it('is CycloneDX in dist/sbom.cdx.json, lists the shipped dependencies with their licences, and no dev tools', () => {
    const file = path.join(root, 'dist/sbom.cdx.json');
    expect(fs.existsSync(file), 'dist/sbom.cdx.json is missing: run `npm run build` (npm test does)').toBe(true);
    const bom = JSON.parse(fs.readFileSync(file, 'utf8')) as { bomFormat: string; specVersion: string; components: { name: string; version: string; licenses?: unknown[] }[] };
    expect(bom.bomFormat).toBe('CycloneDX');
    const names = new Set(bom.components.map((c) => c.name));
    for (const shipped of ['express', 'socket.io', 'yjs', 'pdfkit', 'react', 'classic-level']) expect(names.has(shipped), shipped).toBe(true);
    for (const devTool of ['vitest', 'vite', 'typescript', 'playwright-core']) expect(names.has(devTool), devTool).toBe(false);
    expect(bom.components.filter((c) => !c.licenses?.length).length).toBeLessThanOrEqual(2);
  });
});
