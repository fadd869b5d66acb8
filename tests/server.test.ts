// @vitest-environment node
// Unit test of the static server used by the browser tests (no browser needed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { startStaticServer, type StaticServer } from './support/server.ts';

const root = fileURLToPath(new URL('./fixtures/site/', import.meta.url));

describe('startStaticServer', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root, headers: (path): Record<string, string> => (path.endsWith('/') ? { 'X-Test': 'html' } : {}) });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 with an ephemeral port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves index.html for directories, without caching, plus extra headers', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-test')).toBe('html');
    expect(await res.text()).toContain('<h');
  });

  it.each([
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/icon.svg', 'image/svg+xml'],
  ])('serves %s as %s', async (path, type) => {
    const res = await fetch(server.url + path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('x-test')).toBeNull();
  });

  it('redirects a directory without a slash, 404s missing files, refuses traversal', async () => {
    expect((await fetch(`${server.url}/assets`, { redirect: 'manual' })).headers.get('location')).toBe('/assets/');
    expect((await fetch(`${server.url}/nope.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/assets/..%2f..%2fserver.test.ts`)).status).toBe(403);
  });

  it('can swap headers between requests', async () => {
    server.setHeaders({ 'Content-Security-Policy': "default-src 'self'" });
    expect((await fetch(`${server.url}/icon.svg`)).headers.get('content-security-policy')).toBe("default-src 'self'");
    server.setHeaders(undefined);
    expect((await fetch(`${server.url}/icon.svg`)).headers.get('content-security-policy')).toBeNull();
  });
});
