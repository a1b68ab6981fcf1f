import type { ReactNode } from 'react';

/** A page-level message: loading (polite status) or a problem with a way to go on (alert). */
export function Notice(props: { tone: 'info' | 'error'; children: ReactNode; action?: ReactNode }): ReactNode {
  const { tone, children, action } = props;
  return (
    <div className="notice" data-tone={tone} role={tone === 'error' ? 'alert' : 'status'}>
      <p>{children}</p>
      {action}
    </div>
  );
}
