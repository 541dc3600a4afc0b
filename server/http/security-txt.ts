// /.well-known/security.txt (RFC 9116): where to report a vulnerability in this
// installation. The contact belongs to whoever hosts Kruiwagen (SECURITY_CONTACT, a
// mailto: or https: address); without one the file is not published, because a
// security.txt without a real contact misleads a reporter (docs/security.md).
import type { RequestHandler } from 'express';

/** How long a served file stays valid; RFC 9116 advises less than a year. */
const VALID_DAYS = 180;

export interface SecurityTxtOptions {
  /** `mailto:…` or `https://…`; empty: not published. */
  contact: string;
  /** The public address of this server, for the Canonical field. */
  baseUrl: string;
}

export function isSecurityContact(value: string): boolean {
  return /^mailto:[^\s@]+@[^\s@]+$/.test(value) || /^https:\/\/\S+$/.test(value) || /^tel:\+?[\d\s-]+$/.test(value);
}

export function securityTxt({ contact, baseUrl }: SecurityTxtOptions, now: () => number = Date.now): RequestHandler {
  return (_req, res) => {
    if (!contact) {
      res.status(404).type('text/plain').send('No security contact is configured for this server (SECURITY_CONTACT).\n');
      return;
    }
    // Expires is worked out per request: the contact is read from the running
    // configuration, so it is as current as the server that serves it.
    const expires = new Date(now() + VALID_DAYS * 86_400_000);
    expires.setUTCHours(0, 0, 0, 0);
    const lines = [
      `Contact: ${contact}`,
      `Expires: ${expires.toISOString()}`,
      'Preferred-Languages: nl, en',
      `Canonical: ${baseUrl}/.well-known/security.txt`,
    ];
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type('text/plain; charset=utf-8').send(`${lines.join('\n')}\n`);
  };
}
