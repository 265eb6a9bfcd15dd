import { Component, type ErrorInfo, type ReactNode } from 'react';

export type PanelErrorBoundaryProps = { title: string; children: ReactNode; height?: number };
type State = { error: Error | undefined };

/**
 * Keeps a rendering fault inside one card: the card says it could not draw and offers to try
 * again, and every other card on the page stays standing.
 */
export class PanelErrorBoundary extends Component<PanelErrorBoundaryProps, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever opens the console; the card itself tells the user.
    // eslint-disable-next-line no-console
    console.warn(`Hubscope: "${this.props.title}" could not be drawn`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel-message panel-message--error" role="alert" style={this.props.height ? { minHeight: this.props.height } : undefined}>
        <p>
          This chart could not be drawn ({this.state.error.message}). The other charts are not affected.
        </p>
        <button type="button" className="button" onClick={() => this.setState({ error: undefined })}>
          Try again
        </button>
      </div>
    );
  }
}
