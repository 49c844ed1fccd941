import type { ReactNode } from 'react';

/** A section of a legal page: its heading and paragraphs (blank lines in the text separate them). */
export function LegalSection({ id, title, body, children }: { id: string; title: string; body?: string; children?: ReactNode }) {
  return (
    <section className="stack" aria-labelledby={`${id}-heading`} data-testid={`legal-${id}`}>
      <h2 className="kern-heading-medium" id={`${id}-heading`}>
        {title}
      </h2>
      {body?.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index} className="kern-body" style={{ whiteSpace: 'pre-line' }}>
          {paragraph}
        </p>
      ))}
      {children}
    </section>
  );
}

/** The city's postal address: a German address, kept as written whatever the page's language. */
export function CityAddress() {
  return (
    <address className="kern-body" lang="de" dir="ltr" translate="no" style={{ fontStyle: 'normal', whiteSpace: 'pre-line' }}>
      {'Stadt Bochum\nWilly-Brandt-Platz 2–6\n44777 Bochum\nDeutschland'}
    </address>
  );
}

/** A contact line whose value (telephone number, e-mail address) stays left to right. */
export function ContactLine({ label, value, href }: { label: string; value: string; href?: string }) {
  return (
    <p className="kern-body">
      {label}:{' '}
      <span dir="ltr">
        {href ? (
          <a className="kern-link" href={href}>
            {value}
          </a>
        ) : (
          value
        )}
      </span>
    </p>
  );
}
