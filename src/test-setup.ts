// Adds DOM matchers (toBeInTheDocument, toHaveAccessibleName…) and unmounts components between tests.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});

// Lazy chunks (strings, content) can take more than the default second on a loaded 2-core machine;
// a wait that is too short fails for the wrong reason. Missing elements still fail, only later.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 5000 });
}
