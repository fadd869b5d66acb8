// Adds DOM matchers (toBeInTheDocument, toHaveAccessibleName…) and unmounts components between tests.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});

// Views that wait for content render it in a transition (src/ui/content/), which takes a few more
// scheduler turns; on a busy machine findBy* queries get 5 s instead of 1 s before they give up.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5000 });
}
