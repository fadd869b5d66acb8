/**
 * Asks V8 to compile the named chunks' functions while each file streams in, on a background
 * thread, instead of one by one on the main thread the first time each is called (Chromium's
 * explicit compile hints: a magic comment on the file's very first line; other engines ignore it).
 *
 * For the chunks that build the results (issue 13): nearly every function in them runs as soon as
 * they load, and on a share link the main thread spent several milliseconds of a task at a time
 * compiling them. Measured with a throwaway probe (two paired runs of 5 walks each way, two share
 * links): the main thread's CPU from the app going live to the results painted fell by 4–14 %.
 * Not for the first screen's chunk (every byte counts there) nor for views a visit may never open.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

type Bundle = Record<string, { type: 'chunk'; name: string; code: string } | { type: 'asset' }>;

/** Puts the hint first in each chunk whose name matches: after Vite has added its own preamble. */
export function addCompileHints(bundle: Bundle, chunkNames: RegExp): void {
  for (const file of Object.values(bundle)) {
    if (file.type === 'chunk' && chunkNames.test(file.name) && !file.code.startsWith(COMPILE_HINT)) file.code = COMPILE_HINT + file.code;
  }
}

export function compileHintsPlugin(chunkNames: RegExp): Plugin {
  return {
    name: 'pathways-compile-hints',
    apply: 'build',
    // 'post': Vite's own generateBundle puts a preload map at the top of chunks, and the hint
    // only works on the first line.
    generateBundle: { order: 'post', handler: (_options, bundle) => addCompileHints(bundle as unknown as Bundle, chunkNames) },
  };
}
