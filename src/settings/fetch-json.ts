/**
 * Fetches a JSON file from the app's own site, for settings files, local groups and meeting
 * feeds. Refuses before downloading everything: another origin, a redirect (it could lead off
 * the site), a Content-Type that is not JSON (a host's "page not found" HTML, a stray file), or a
 * declared Content-Length over the limit; then reads the body with a running byte count and
 * stops at the limit, so a huge or endless answer costs at most `maxBytes`. No zod here, so
 * the first download can use it. Never throws: every refusal says why, for a console warning.
 */

export type JsonResult = { ok: true; data: unknown; url: string } | { ok: false; why: string; status?: number };

export interface FetchJsonOptions {
  /** The app page's address: the file must be on the same origin. */
  base?: string;
  maxBytes: number;
  fetchFile?: typeof fetch;
  signal?: AbortSignal;
}

/** application/json, or any +json type (application/geo+json…), with or without parameters. */
export const isJsonType = (type: string | null): boolean => !!type && /^\s*application\/([\w.-]+\+)?json\s*(;|$)/i.test(type);

export async function fetchSameOriginJson(url: string, options: FetchJsonOptions): Promise<JsonResult> {
  const { base = document.baseURI, maxBytes, fetchFile = (...args) => fetch(...args), signal } = options;
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return { ok: false, why: `"${url}" is not a valid address` };
  }
  const origin = new URL(base).origin;
  if (target.origin !== origin) {
    return { ok: false, why: `${target.href} is not on the same site as Pathways (${origin}); Pathways never contacts another site` };
  }
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  try {
    const response = await fetchFile(target.href, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      headers: { Accept: 'application/json' },
      signal: controller.signal,
    });
    if (!response.ok) return { ok: false, why: `${target.href} answered ${response.status}`, status: response.status };
    const type = response.headers.get('Content-Type');
    if (!isJsonType(type)) {
      controller.abort();
      return { ok: false, why: `${target.href} is not served as JSON (Content-Type: ${type ?? 'none'}; expected application/json)` };
    }
    const declared = Number(response.headers.get('Content-Length'));
    if (declared > maxBytes) {
      controller.abort();
      return { ok: false, why: `${target.href} is larger than ${maxBytes / 1000} kB (${Math.ceil(declared / 1000)} kB)` };
    }
    // A declared size within the limit is read whole; without one, the body is counted as it arrives.
    const text = response.headers.has('Content-Length') ? await response.text() : await readCapped(response, maxBytes, controller);
    if (text === null) return { ok: false, why: `${target.href} is larger than ${maxBytes / 1000} kB` };
    try {
      return { ok: true, data: JSON.parse(text) as unknown, url: target.href };
    } catch (error) {
      return { ok: false, why: `${target.href} is not valid JSON (${(error as Error).message})` };
    }
  } catch (error) {
    return { ok: false, why: `${target.href} could not be loaded (${(error as Error).message})` };
  }
}

/** The body as text, or null as soon as it passes `maxBytes` (the rest is never downloaded). */
async function readCapped(response: Response, maxBytes: number, controller: AbortController): Promise<string | null> {
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > maxBytes ? null : text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}
