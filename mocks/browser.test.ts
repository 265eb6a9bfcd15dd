import { afterEach, describe, expect, it, vi } from 'vitest';
import { catchRegistrationUpdates } from './browser';

class FakeRegistration {
  update(): Promise<void> {
    return Promise.reject(new TypeError('Failed to update a ServiceWorker for scope: Not found'));
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('catchRegistrationUpdates', () => {
  it('catches the rejection of an update nobody awaits, returns the same promise, and restores update()', async () => {
    vi.stubGlobal('ServiceWorkerRegistration', FakeRegistration);
    const original = FakeRegistration.prototype.update;
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const restore = catchRegistrationUpdates();
      const registration = new FakeRegistration();
      // As MSW does: called and dropped.
      void registration.update();
      // A caller that does await still sees the failure.
      await expect(registration.update()).rejects.toThrow('Not found');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).not.toHaveBeenCalled();
      restore();
      expect(FakeRegistration.prototype.update).toBe(original);
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
