import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { preloadable } from './preloadable';

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

/** A loader that fails its first `failures` calls, then delivers the component. */
function flakyLoader(failures: number) {
  let calls = 0;
  return () => {
    calls += 1;
    return calls <= failures ? Promise.reject(new Error('chunk failed')) : Promise.resolve(Greeting);
  };
}

describe('preloadable', () => {
  it('shows the caller its status: loading, then the component once its code is here', async () => {
    const greeting = preloadable(flakyLoader(0));
    function Page() {
      const { status } = greeting.useLoad();
      return status === 'loaded' ? <greeting.Component name="Wuhan" /> : <p>{status}</p>;
    }
    render(<Page />);
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello, Wuhan')).toBeInTheDocument();
  });

  it('reports a failed download and loads it on retry, instead of keeping the failure for good', async () => {
    const greeting = preloadable(flakyLoader(1));
    function Page() {
      const { status, retry } = greeting.useLoad();
      if (status === 'loaded') return <greeting.Component name="Xi'an" />;
      return status === 'failed' ? (
        <button type="button" onClick={retry}>
          Retry
        </button>
      ) : (
        <p>loading</p>
      );
    }
    render(<Page />);
    await userEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(await screen.findByText("Hello, Xi'an")).toBeInTheDocument();
  });
});
