import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDrawTurn } from './draw-turns';

describe('useDrawTurn', () => {
  it('grants a turn, takes it back when a new round starts, and grants the new round in a turn of its own', async () => {
    const { result, rerender } = renderHook(({ wants, round }) => useDrawTurn(wants, round), { initialProps: { wants: true, round: 0 } });
    // Never at once: the turn comes after the next frame.
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));

    rerender({ wants: true, round: 1 });
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
  });

  it('asks for no turn while the chart does not want to draw', async () => {
    const { result, rerender } = renderHook(({ wants }) => useDrawTurn(wants), { initialProps: { wants: false } });
    expect(result.current).toBe(false);
    rerender({ wants: true });
    await waitFor(() => expect(result.current).toBe(true));
  });
});
