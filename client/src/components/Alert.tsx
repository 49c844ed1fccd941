import { useEffect, useRef, type ReactNode } from 'react';

type Variant = 'info' | 'success' | 'warning' | 'danger';

interface AlertProps {
  variant: Variant;
  title: string;
  children?: ReactNode;
  /** role="alert" interrupts screen readers; use "status" for calm confirmations. */
  role: 'alert' | 'status';
  testId?: string;
  /** Move keyboard focus here when shown, so the message is where people continue. */
  focusOnShow?: unknown;
}

/** A KERN alert box. */
export function Alert({ variant, title, children, role, testId, focusOnShow }: AlertProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusOnShow) ref.current?.focus();
  }, [focusOnShow]);

  return (
    <div
      ref={ref}
      className={`kern-alert kern-alert--${variant} app-alert`}
      role={role}
      data-testid={testId}
      tabIndex={focusOnShow ? -1 : undefined}
    >
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${variant}`} aria-hidden="true" />
        <span className="kern-title">{title}</span>
      </div>
      {children && <div className="kern-alert__body">{children}</div>}
    </div>
  );
}
