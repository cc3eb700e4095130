import type { ReactNode } from 'react';

interface NoticeProps {
  kind: 'info' | 'success' | 'warning' | 'error';
  title?: string;
  /** The title's heading level, to fit the page's outline. */
  level?: 2 | 3;
  children?: ReactNode;
}

/** A box of text that stands out; success and errors are announced when they appear. */
export function Notice({ kind, title, level = 2, children }: NoticeProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const role = kind === 'error' ? 'alert' : kind === 'success' ? 'status' : undefined;
  return (
    <div className={`notice notice--${kind}`} role={role}>
      {title && <Heading className="notice__title">{title}</Heading>}
      {children}
    </div>
  );
}
