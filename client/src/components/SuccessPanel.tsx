import type { ReactNode } from 'react';
import { Alert } from './Alert';

/** Confirmation after something worked (data-testid="success"). */
export function SuccessPanel({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Alert variant="success" role="status" title={title} testId="success" focusOnShow={title}>
      {children}
    </Alert>
  );
}
