// What the machine was doing when a figure was taken: it is shared, so every figure
// carries the load average and the CPU model.
import fs from 'node:fs';
import os from 'node:os';

export const cpuModel = (): string => /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';

export function machineLine(): string {
  const [one, five] = os.loadavg();
  return `load average ${one!.toFixed(2)}/${five!.toFixed(2)} (1/5 min) on ${os.cpus().length} × ${cpuModel()}`;
}
