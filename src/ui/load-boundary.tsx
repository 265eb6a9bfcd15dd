import { Component, type ReactNode } from 'react';

export type LoadBoundaryProps = { what: string; children: ReactNode };
type State = { failed: boolean };

/**
 * Around a part of the shell whose code loads on demand (deck tools, presentation bar, a deck
 * link's import): if its download fails, that part says so in one line and the rest of the page
 * stays; without it, a rejected import would unmount the whole app.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <LoadFailed what={this.props.what} />;
  }
}

/** One line saying that a part's code could not be downloaded. */
export function LoadFailed({ what }: { what: string }) {
  return (
    <span className="load-failed" role="alert">
      {what} could not load (the connection dropped, or Hubscope was updated): reload the page.
    </span>
  );
}
