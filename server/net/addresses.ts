// The address phones in the room use: the machine's LAN address, not localhost.
import os from 'node:os';

export function lanAddress(): string | null {
  for (const infos of Object.values(os.networkInterfaces())) {
    for (const info of infos ?? []) {
      if (info.family === 'IPv4' && !info.internal) return info.address;
    }
  }
  return null;
}

export function publicBaseUrl(configured: string, host: string, port: number): string {
  if (configured) return configured;
  const wildcard = host === '0.0.0.0' || host === '::';
  const name = wildcard ? (lanAddress() ?? 'localhost') : host;
  return `http://${name}:${port}`;
}
