import crypto from 'node:crypto';
import { tokenMatches } from './http';

/**
 * Who may use a browser-mode host.
 *
 * The address printed at start carries a one-time code, not the session
 * secret: the page exchanges it (POST /session) for the secret, keeps that
 * in the tab's sessionStorage and sends it as the token header. The code is
 * spent by the exchange, so the address left in the browser's history opens
 * nothing. Downloads and previews, which are plain links and so end up in
 * the history too, carry a key that opens one file only: an HMAC of the
 * file's id under a key that lives as long as the host.
 */
export class HostSession {
  /** The session secret every API call and upload must carry. */
  readonly secret: string;
  private readonly fileKey = crypto.randomBytes(32);
  /** Codes not yet exchanged, and codes already spent, by their SHA-256. */
  private readonly open = new Set<string>();
  private readonly spent = new Set<string>();

  constructor(secret?: string) {
    this.secret = secret ?? crypto.randomBytes(24).toString('base64url');
  }

  /** A fresh one-time code for an address that opens the desk once. */
  newCode(): string {
    const code = crypto.randomBytes(24).toString('base64url');
    this.open.add(digest(code));
    return code;
  }

  /**
   * Spends a code: the session secret for a code given out and not used yet;
   * 'used' for one already spent (an address from the history, a second tab);
   * 'unknown' for anything else (a mistyped address, one from an earlier launch).
   */
  exchange(code: unknown): { secret: string } | 'used' | 'unknown' {
    if (typeof code !== 'string' || code.length === 0 || code.length > 200) return 'unknown';
    const key = digest(code);
    if (this.open.delete(key)) {
      this.spent.add(key);
      return { secret: this.secret };
    }
    return this.spent.has(key) ? 'used' : 'unknown';
  }

  /** True when the header carries this host's session secret. */
  allows(header: string | string[] | undefined | null): boolean {
    return tokenMatches(header, this.secret);
  }

  /** The key that opens the export `fileId` (and no other file) for as long as this host runs. */
  fileKeyFor(fileId: string): string {
    return crypto.createHmac('sha256', this.fileKey).update(fileId, 'utf8').digest('base64url');
  }

  /** The path of a download (or, with `inline`, a preview) of the export `fileId`, its key included. */
  downloadPath(fileId: string, inline: boolean): string {
    return `/download/${encodeURIComponent(fileId)}?key=${this.fileKeyFor(fileId)}${inline ? '&inline=1' : ''}`;
  }

  opensFile(fileId: string, key: string | null): boolean {
    return tokenMatches(key, this.fileKeyFor(fileId));
  }
}

function digest(code: string): string {
  return crypto.createHash('sha256').update(code, 'utf8').digest('hex');
}
