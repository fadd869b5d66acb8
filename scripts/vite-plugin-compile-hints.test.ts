import { describe, expect, it } from 'vitest';
import { addCompileHints, COMPILE_HINT } from './vite-plugin-compile-hints.ts';

describe('compile hints', () => {
  it('puts the hint on the first line of the named chunks only, once', () => {
    const bundle = {
      'assets/ResultsPage-1.js': { type: 'chunk' as const, name: 'ResultsPage', code: 'const __vite__mapDeps=1;export{}' },
      'assets/index-2.js': { type: 'chunk' as const, name: 'index', code: 'export{}' },
      'assets/ResultsPage-3.css': { type: 'asset' as const },
    };
    addCompileHints(bundle, /^(ResultsPage)$/);
    addCompileHints(bundle, /^(ResultsPage)$/);
    expect(bundle['assets/ResultsPage-1.js'].code).toBe(`${COMPILE_HINT}const __vite__mapDeps=1;export{}`);
    expect(bundle['assets/index-2.js'].code).toBe('export{}');
    expect(COMPILE_HINT.startsWith('//# allFunctionsCalledOnLoad')).toBe(true);
  });
});
