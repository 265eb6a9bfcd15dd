import type { ReactNode } from 'react';

export function isHttpUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

export type ExternalLinkProps = { href: string | null | undefined; children: ReactNode };

/** Links only http(s) URLs; anything else (a `javascript:` URL, say) is shown as plain text. */
export function ExternalLink({ href, children }: ExternalLinkProps) {
  if (!isHttpUrl(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
