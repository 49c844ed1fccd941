import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

interface EntryCardProps {
  intent: 'resident' | 'business' | 'venue';
  preline: string;
  title: string;
  text: string;
  benefits: string[];
  action: string;
}

/** One of the three ways into the platform, leading to registration with that intent. */
export function EntryCard({ intent, preline, title, text, benefits, action }: EntryCardProps) {
  const { t } = useTranslation();
  const headingId = `entry-${intent}`;
  return (
    <article className="kern-card entry-card" aria-labelledby={headingId}>
      <div className="kern-card__container">
        <header className="kern-card__header">
          <p className="kern-preline">{preline}</p>
          <h3 className="kern-title" id={headingId}>
            {title}
          </h3>
        </header>
        <div className="kern-card__body stack">
          <p className="kern-body">{text}</p>
          <p className="kern-body kern-body--bold">{t('landing.benefitsLabel')}</p>
          <ul className="kern-list kern-list--bullet">
            {benefits.map((benefit) => (
              <li key={benefit}>{benefit}</li>
            ))}
          </ul>
        </div>
        <footer className="kern-card__footer">
          <Link className="kern-btn kern-btn--primary" to={intent === 'venue' ? '/venue/apply' : `/register?intent=${intent}`}>
            <span className="kern-label">{action}</span>
          </Link>
        </footer>
      </div>
    </article>
  );
}
