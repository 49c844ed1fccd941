import type { ReactNode } from 'react';
import { languageDirection } from '../../../packages/shared/src/index.js';
import i18n from '../i18n/i18n';

/**
 * Text that reads left to right whatever the page's direction: e-mail addresses, IBANs, card and
 * case numbers, codes, ISO dates. In Arabic or Persian text it stays one isolated, unmirrored run
 * ("user@example.org", "4711 0815", not "example.org@user", "0815 4711").
 */
export function Ltr({ children, className, testId }: { children: ReactNode; className?: string; testId?: string }) {
  return (
    <bdi dir="ltr" className={className} data-testid={testId}>
      {children}
    </bdi>
  );
}

/**
 * The same for a value put into a translated sentence (`t('…', { email: ltrText(email) })`): in a
 * right-to-left language it is wrapped in the invisible isolates LRI … PDI; otherwise unchanged, so
 * copying it gives exactly the value.
 */
export function ltrText(value: string): string {
  return languageDirection(i18n.language) === 'rtl' ? `\u2066${value}\u2069` : value;
}
