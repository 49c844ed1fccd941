import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../i18n/usePageTitle';

/** The participation back office's start: news, events and surveys, each with its own list. */
export function StaffParticipationPage() {
  const { t } = useTranslation('participation');
  usePageTitle(t('staff.title'));
  const sections = [
    { to: '/staff/participation/news', title: t('staff.sections.news.title'), text: t('staff.sections.news.text') },
    { to: '/staff/participation/events', title: t('staff.sections.events.title'), text: t('staff.sections.events.text') },
    { to: '/staff/participation/surveys', title: t('staff.sections.surveys.title'), text: t('staff.sections.surveys.text') },
  ];
  return (
    <div className="stack-large">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('staff.title')}</h1>
        <p className="kern-body">{t('staff.intro')}</p>
      </div>
      <ul className="stack" role="list">
        {sections.map((section) => (
          <li key={section.to} className="kern-card kern-card--surface">
            <div className="kern-card__container">
              <header className="kern-card__header">
                <h2 className="kern-title">
                  <Link className="kern-link" to={section.to}>
                    {section.title}
                  </Link>
                </h2>
              </header>
              <div className="kern-card__body">
                <p className="kern-body">{section.text}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
