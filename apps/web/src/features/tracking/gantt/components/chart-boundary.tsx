import { Component, type ReactNode } from "react";
import { ErrorState } from "../../../../components/error-state";

type State = { error: Error | null };

/** Keeps a failure inside the charting library to the chart, not the whole project page. */
export class ChartBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) return <ErrorState error={this.state.error} title="The timeline could not be drawn" onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
