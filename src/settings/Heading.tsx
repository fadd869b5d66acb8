/** A heading whose level the caller picks, so a part fits wherever the page places it. */
import type { ReactNode } from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5;

export function Heading({ level, children, ...rest }: { level: HeadingLevel; id?: string; className?: string; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return <Tag {...rest}>{children}</Tag>;
}
