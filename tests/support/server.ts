// A tiny static file server (node:http, no dependencies) for browser tests.
// It serves a build folder the way a plain static host would, plus two test
// hooks: extra response headers (e.g. CSP) and any number of instances, so a
// test can run a second origin (a "host page" that embeds the app). With `tls`
// it speaks HTTP/2 over TLS, as public static hosts do (npm run bench:web).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse, type Http2Session } from 'node:http2';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export type Headers = Record<string, string>;
/** Static headers, or a function of the URL path (e.g. CSP only on HTML). */
export type HeaderSource = Headers | ((path: string) => Headers);

export interface StaticServerOptions {
  root: string;
  /** 0 (default) picks a free ephemeral port. */
  port?: number;
  headers?: HeaderSource;
  /** A certificate and key (PEM): serve HTTP/2 over TLS at https://, HTTP/1.1 still accepted. */
  tls?: { cert: string; key: string };
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  port: number;
  /** Replace the extra headers for later requests (one server, several CSPs). */
  setHeaders(headers: HeaderSource | undefined): void;
  /** Serve another folder from now on, at the same address (a deploy). */
  setRoot(root: string): void;
  /** The path of every GET answered with a file, in order: what a host would count as downloads. */
  served: string[];
  close(): Promise<void>;
}

// Browsers refuse module scripts and manifests with the wrong type.
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export function mimeType(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  let root = resolve(options.root);
  let headers = options.headers;
  const served: string[] = [];

  const handle = async (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
    // no-store: every test sees the current build, never a cached one.
    const base: Headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
    const send = (status: number, body: string, extra: Headers = {}) => {
      res.writeHead(status, { ...base, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
      if (req.method === 'HEAD') res.end();
      else res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });

    const rawPath = new URL(req.url ?? '/', 'http://x').pathname;
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return send(400, 'Bad Request');
    }
    let file = resolve(join(root, path));
    // Refuse anything that escapes the root (../, encoded or not).
    if (file !== root && !file.startsWith(root + sep)) return send(403, 'Forbidden');

    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      // Like static hosts: /dir (no slash) redirects so relative URLs resolve.
      if (!path.endsWith('/')) return send(301, 'Moved', { Location: rawPath + '/' });
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    // No SPA fallback on purpose: a missing asset must show up as a 404.
    if (!info?.isFile()) return send(404, 'Not Found');

    const extra = typeof headers === 'function' ? headers(path) : (headers ?? {});
    res.writeHead(200, { ...base, 'Content-Type': mimeType(file), 'Content-Length': info.size, ...extra });
    if (req.method === 'HEAD') return res.end();
    served.push(path);
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  };

  const respond = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
  const sessions = new Set<Http2Session>();
  const server = options.tls ? createSecureServer({ ...options.tls, allowHTTP1: true }, respond) : createServer(respond);
  if ('keepAliveTimeout' in server) server.keepAliveTimeout = 1000; // keep-alive sockets would make close() hang until they time out
  server.on('session', (session: Http2Session) => {
    sessions.add(session);
    session.once('close', () => sessions.delete(session));
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    setHeaders(next) {
      headers = next;
    },
    setRoot(next) {
      root = resolve(next);
    },
    served,
    close: () =>
      new Promise<void>((ok) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        for (const session of sessions) session.destroy();
        server.close(() => ok());
      }),
  };
}
