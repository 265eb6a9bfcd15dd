import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatElapsed, useStopwatch } from './stopwatch';

describe('formatElapsed', () => {
  it('reads minutes and seconds, then hours from the first hour on', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(999)).toBe('00:00');
    expect(formatElapsed(1000)).toBe('00:01');
    expect(formatElapsed(247_000)).toBe('04:07');
    expect(formatElapsed(3_599_999)).toBe('59:59');
    expect(formatElapsed(3_600_000)).toBe('1:00:00');
    expect(formatElapsed(3_729_500)).toBe('1:02:09');
    expect(formatElapsed(36_000_000 + 61_000)).toBe('10:01:01');
  });

  it('reads a negative or impossible time as zero', () => {
    for (const ms of [-5000, Number.NaN, Number.POSITIVE_INFINITY]) expect(formatElapsed(ms)).toBe('00:00');
  });
});

describe('useStopwatch', () => {
  it('runs from the start, pauses, resumes where it stopped, and resets', () => {
    vi.useFakeTimers();
    try {
      let now = 10_000;
      const clock = () => now;
      const { result } = renderHook(() => useStopwatch(clock));
      expect(result.current.running).toBe(true);

      now += 65_000;
      act(() => void vi.advanceTimersByTime(250));
      expect(formatElapsed(result.current.elapsed)).toBe('01:05');

      act(() => result.current.pause());
      now += 30_000;
      act(() => void vi.advanceTimersByTime(250));
      expect(result.current.running).toBe(false);
      expect(formatElapsed(result.current.elapsed)).toBe('01:05');

      act(() => result.current.resume());
      now += 5_000;
      act(() => void vi.advanceTimersByTime(250));
      expect(formatElapsed(result.current.elapsed)).toBe('01:10');

      act(() => result.current.reset());
      expect(result.current.running).toBe(true);
      expect(formatElapsed(result.current.elapsed)).toBe('00:00');
      now += 2_000;
      act(() => void vi.advanceTimersByTime(250));
      expect(formatElapsed(result.current.elapsed)).toBe('00:02');

      // Reset while paused stays paused, at zero.
      act(() => result.current.pause());
      act(() => result.current.reset());
      now += 9_000;
      expect(result.current.running).toBe(false);
      expect(formatElapsed(result.current.elapsed)).toBe('00:00');
    } finally {
      vi.useRealTimers();
    }
  });
});
