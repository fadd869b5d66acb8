/**
 * A throwaway self-signed certificate for 127.0.0.1, so the bench can serve HTTP/2 over TLS as
 * public static hosts do (GitHub Pages, Netlify, Cloudflare Pages…). It matters to Lighthouse:
 * on HTTP/1.1 its simulation opens a new connection for each parallel request, and three small
 * requests beside the main script then push the estimated LCP ~225 ms past FCP; on one HTTP/2
 * connection they do not (see README, Performance). Made with openssl at each run, never stored;
 * null where openssl is missing (the bench then serves HTTP/1.1 and says so).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function loopbackCertificate(): { cert: string; key: string } | null {
  const dir = mkdtempSync(join(tmpdir(), 'pathways-tls-'));
  try {
    const made = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
        '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { stdio: 'ignore' },
    );
    if (made.status !== 0) return null;
    return { cert: readFileSync(join(dir, 'cert.pem'), 'utf8'), key: readFileSync(join(dir, 'key.pem'), 'utf8') };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
