// The SBOM of what Kruiwagen ships (CycloneDX, dist/sbom.cdx.json), written by `npm run build`.
// `npm sbom --omit dev` drops some runtime packages that dev tools also depend on (yjs,
// lib0, y-protocols with npm 11), so this takes npm's full SBOM and leaves out only the
// components npm marks as development-only.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Component {
  'bom-ref': string;
  name: string;
  properties?: { name: string; value: string }[];
}
interface Bom {
  components: Component[];
  dependencies?: { ref: string; dependsOn?: string[] }[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const full = JSON.parse(execFileSync('npm', ['sbom', '--sbom-format', 'cyclonedx', '--sbom-type', 'application'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Bom;
const devOnly = (c: Component) => c.properties?.some((p) => p.name === 'cdx:npm:package:development' && p.value === 'true') ?? false;
const dropped = new Set(full.components.filter(devOnly).map((c) => c['bom-ref']));
const bom: Bom = {
  ...full,
  components: full.components.filter((c) => !dropped.has(c['bom-ref'])),
  dependencies: full.dependencies?.filter((d) => !dropped.has(d.ref)).map((d) => ({ ...d, dependsOn: d.dependsOn?.filter((r) => !dropped.has(r)) })),
};
fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist/sbom.cdx.json'), `${JSON.stringify(bom, null, 2)}\n`);
console.log(`dist/sbom.cdx.json: ${bom.components.length} shipped components (${dropped.size} development-only left out)`);
