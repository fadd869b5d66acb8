/** Building blocks shared by the About, Privacy and Accessibility pages. */
import type { ReactNode } from 'react';

export function InfoSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="info-section">
      <h2 className="heading-m">{title}</h2>
      {children}
    </section>
  );
}

export function BulletList({ items }: { items: string[] }) {
  return (
    <ul className="list list--bullet">
      {items.map((text) => (
        <li key={text}>{text}</li>
      ))}
    </ul>
  );
}

/** Leaves only when clicked, and tells the other site nothing about where the person came from. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} rel="noopener noreferrer" referrerPolicy="no-referrer">
      {children}
    </a>
  );
}

/**
 * Only https and mailto addresses are used: the address is set by whoever deploys the site,
 * and a mistyped or hostile value (javascript:, http:) must never become a link.
 */
export function safeReportUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'mailto:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Where to send a report: the deploying organisation's address, or whom to contact until it sets one. */
export function ReportLink({ reportUrl, linkText, fallback }: { reportUrl: string | undefined; linkText: string; fallback: string }) {
  const href = safeReportUrl(reportUrl);
  if (!href) return <p>{fallback}</p>;
  return (
    <p>
      <ExternalLink href={href}>{linkText}</ExternalLink>
    </p>
  );
}

export interface InfoBodyProps {
  reportUrl?: string | undefined;
}
