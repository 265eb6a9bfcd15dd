import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { ErrorPanel } from './error-panel';
import { shortenMessage } from './error-text';

describe('long error messages', () => {
  it('keeps a short message whole and on one line', () => {
    expect(shortenMessage('HTTP 500 from observations:\n server error')).toEqual({ shown: 'HTTP 500 from observations: server error', cut: false });
  });

  it('cuts a long one at a word near the limit', () => {
    const long = `Server said: ${'very long detail '.repeat(40)}`;
    const { shown, cut } = shortenMessage(long, 100);
    expect(cut).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(101);
    expect(shown.endsWith('detail…')).toBe(true);
  });

  it('shows a cut message in a panel, with the full text one click away, as text', async () => {
    const page = `<html><body>${'<p>Internal error in upstream gateway</p>'.repeat(30)}<script>alert(1)</script></body></html>`;
    render(<ErrorPanel error={new ApiError('http', 'observations', `HTTP 502 from observations: ${page}`)} onRetry={() => undefined} />);
    const shown = screen.getByText(/^HTTP 502 from observations: .*…$/);
    expect(shown.textContent?.length).toBeLessThanOrEqual(241);
    expect(screen.getByRole('alert')).toContainElement(shown);
    await userEvent.click(await screen.findByText(/^Full message \([\d,]+ characters\)$/));
    expect(screen.getByText((_, element) => element?.tagName === 'PRE' && element.textContent?.includes('<script>alert(1)</script>') === true)).toBeVisible();
    expect(document.querySelector('script')).toBeNull();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
