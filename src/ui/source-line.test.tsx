import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Source } from '../api/schemas';
import { kindCounts, SourceLine } from './source-line';

const source = (id: string, kind: Source['kind']): Source => ({ id, title: `Title ${id}`, shortTitle: `Short ${id}`, publisher: 'P', year: 2023, url: null, kind });

describe('SourceLine', () => {
  it('names each shown source with its kind in words, and counts the kinds of the rest', () => {
    render(<SourceLine sources={[source('a', 'statisticalBulletin'), source('b', 'secondary'), source('c', 'press'), source('d', 'secondary'), source('e', 'government')]} />);
    const line = screen.getByText(/^Sources:/);
    expect(line).toHaveTextContent(
      'Sources: Short a, official statistics; Short b, mirror or aggregator; Short c, press and 2 other sources (1 government, 1 mirror or aggregator)',
    );
    expect(screen.getByText('Short b')).toHaveAttribute('title', 'Title b (P, 2023; mirror or aggregator)');
  });

  it('counts kinds strongest first', () => {
    expect(kindCounts([source('a', 'secondary'), source('b', 'statisticalBulletin'), source('c', 'secondary')])).toBe('1 official statistics, 2 mirror or aggregator');
  });
});
