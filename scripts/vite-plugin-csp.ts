/**
 * Adds a strict Content Security Policy and a no-referrer policy to the built HTML.
 * Build only: the dev server injects inline scripts for hot reload, which this would block.
 * Hosts should also send these as headers, plus frame-ancestors (see EMBEDDING.md),
 * which a <meta> tag cannot set.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The policy; `styleHashes` allow the page's own inlined stylesheet and nothing else inline. */
export function contentSecurityPolicy(styleHashes: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

export function cspPlugin(): Plugin {
  return {
    name: 'pathways-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        // The first screen's stylesheet is small: inline it, so the first paint needs no second
        // round trip on a slow connection. Its hash, not 'unsafe-inline', is what allows it.
        const hashes: string[] = [];
        html = html.replace(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"[^>]*>/g, (link, file: string) => {
          const asset = ctx.bundle?.[file] as { type: string; source?: string | Uint8Array } | undefined;
          if (!asset || typeof asset.source !== 'string' || asset.source.includes('url(')) return link;
          hashes.push(`sha256-${createHash('sha256').update(asset.source).digest('base64')}`);
          return `<style>${asset.source}</style>`;
        });
        // Right after <meta charset>, before any script, so the policy covers everything the page loads.
        return html.replace(
          /(<meta charset="utf-8" \/>)/,
          `$1\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(hashes)}" />`,
        );
      },
    },
  };
}
