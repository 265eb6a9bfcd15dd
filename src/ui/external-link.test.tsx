import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExternalLink } from './external-link';

describe('ExternalLink', () => {
  it('links http and https URLs, opening safely in a new tab', () => {
    render(<ExternalLink href="https://example.org/report">Report</ExternalLink>);
    const link = screen.getByRole('link', { name: 'Report' });
    expect(link).toHaveAttribute('href', 'https://example.org/report');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org', 'not a url', '', null])(
    'shows %s as plain text, not a link',
    (href) => {
      render(<ExternalLink href={href}>{'<img src=x onerror=alert(1)>'}</ExternalLink>);
      expect(screen.queryByRole('link')).not.toBeInTheDocument();
      expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
      expect(document.querySelector('img')).toBeNull();
    },
  );
});
