import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

function PageFailed() {
  const { t } = useI18n();
  return (
    <div className="notice notice--error" role="alert">
      <p>{t.app.loadFailed}</p>
      <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
        {t.app.retry}
      </button>
    </div>
  );
}

/**
 * A page whose code could not be loaded (a lazy chunk after a new deploy, a lost connection)
 * says so and offers to try again, instead of leaving an empty page. A new address resets it.
 */
export class PageErrorBoundary extends Component<
  { path: string; children: ReactNode },
  { failedAt?: string }
> {
  override state: { failedAt?: string } = {};

  static getDerivedStateFromError(): { failedAt: string } {
    return { failedAt: window.location.pathname };
  }

  override componentDidUpdate(previous: { path: string }) {
    // Leaving the page that failed: going back to it later tries again.
    if (previous.path !== this.props.path && this.state.failedAt) this.setState({ failedAt: undefined });
  }

  override render() {
    if (this.state.failedAt && this.state.failedAt === this.props.path) return <PageFailed />;
    return this.props.children;
  }
}
