// The last line of defence: a rendering bug shows a message and a way back
// instead of a blank window.

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';

interface ErrorBoundaryState {
  error: unknown;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Sourcebench could not draw this view', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <ErrorAlert
        title="This view could not be shown."
        error={this.state.error}
        onRetry={() => {
          window.location.hash = '#/';
          this.setState({ error: null });
        }}
      />
    );
  }
}
