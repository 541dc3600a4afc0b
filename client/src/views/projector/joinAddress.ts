/**
 * The address people type to join: the server's public address without the scheme and
 * without "/j/<code>" (the code is shown on its own, big). With PUBLIC_URL set that is
 * its host name; without it, the machine's LAN address and port.
 */
export function shortJoinAddress(joinUrl: string): string {
  try {
    const url = new URL(joinUrl);
    const path = url.pathname.replace(/\/j\/[^/]*\/?$/, '').replace(/\/+$/, '');
    return `${url.host}${path}`;
  } catch {
    return joinUrl.replace(/^https?:\/\//, '').replace(/\/j\/[^/]*\/?$/, '');
  }
}
