/**
 * Adds a strict Content Security Policy and a no-referrer policy to the built HTML.
 * Build only: the dev server injects inline scripts for hot reload, which this would block.
 * Hosts should also send these as headers, plus frame-ancestors (see EMBEDDING.md),
 * which a <meta> tag cannot set.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function cspPlugin(): Plugin {
  return {
    name: 'pathways-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>, before any script, so the policy covers everything the page loads.
      handler: (html) =>
        html.replace(
          /(<meta charset="utf-8" \/>)/,
          `$1\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
  };
}
