/**
 * Reads Vite's build manifest (dist/.vite/manifest.json, build.manifest in vite.config.ts)
 * to answer "which files does this module need?": used by the size budgets and by the
 * pre-renderer, which links a page's styles from its HTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type BuildManifest = Record<string, ManifestChunk>;

export function readBuildManifest(outDir: string): BuildManifest {
  return JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as BuildManifest;
}

export function entryKey(manifest: BuildManifest): string {
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry chunk in the build manifest, found ${entries.length}`);
  return entries[0]!;
}

/** The chunk and everything it imports statically (what loads with it), in load order. */
export function staticClosure(manifest: BuildManifest, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest`);
  seen.add(key);
  return [key, ...(chunk.imports ?? []).flatMap((dep) => staticClosure(manifest, dep, seen))];
}

/** Files (assets/…) of those chunks' JavaScript and CSS. */
export function filesOf(manifest: BuildManifest, keys: string[]): { js: string[]; css: string[] } {
  const js = keys.map((key) => manifest[key]!.file);
  const css = [...new Set(keys.flatMap((key) => manifest[key]!.css ?? []))];
  return { js, css };
}

/** Manifest keys of dynamically imported modules whose source matches. */
export function keysMatching(manifest: BuildManifest, pattern: RegExp): string[] {
  return Object.keys(manifest).filter((key) => pattern.test(manifest[key]!.src ?? key));
}
