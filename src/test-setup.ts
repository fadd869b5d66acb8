// Adds DOM matchers (toBeInTheDocument, toHaveAccessibleName…) and unmounts components between tests.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
