import { describe, expect, it } from 'vitest';
import { presentingTickSize } from './status-marks';

describe("a slide's chart text (presentingTickSize)", () => {
  it('is 16 px at 1280x720 and 24 px at 1920x1080, and keeps that share of the window up to 3840x2160', () => {
    expect(presentingTickSize(1280, 720)).toBe(16);
    expect(presentingTickSize(1920, 1080)).toBe(24);
    expect(presentingTickSize(3840, 2160)).toBe(47);
  });

  it('at 1366x768 zoomed to 150% (911x512 CSS px) is the share of the screen it has at 1280x720, not larger', () => {
    expect(presentingTickSize(911, 512) / 911).toBeCloseTo(presentingTickSize(1280, 720) / 1280, 3);
  });

  it('in a 4:3 window or a short one is sized by the height, like the slide’s type', () => {
    expect(presentingTickSize(1024, 768)).toBe(13);
    expect(presentingTickSize(1920, 800)).toBe(presentingTickSize(1422, 800));
  });
});
