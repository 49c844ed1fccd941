import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../i18n/usePageTitle';
import { EntryCard } from './EntryCard';
import { CompanyCallToAction } from '../companies/CompanyCallToAction';
import { LatestNews } from '../participation/news/LatestNews';

export function LandingPage() {
  const { t } = useTranslation();
  usePageTitle(t('landing.title'));

  return (
    <div className="stack-large">
      <section className="landing-intro stack">
        <h1 className="kern-heading-x-large">{t('landing.title')}</h1>
        <p className="kern-body kern-body--large">{t('landing.lead')}</p>
      </section>

      <LatestNews />

      <section className="stack" aria-labelledby="ways-in-heading">
        <h2 className="kern-heading-large" id="ways-in-heading">
          {t('landing.waysIn')}
        </h2>
        <div className="entry-cards">
          <EntryCard
            intent="resident"
            preline={t('landing.resident.preline')}
            title={t('landing.resident.title')}
            text={t('landing.resident.text')}
            benefits={[t('landing.resident.benefit1'), t('landing.resident.benefit2'), t('landing.resident.benefit3')]}
            action={t('landing.resident.action')}
          />
          <EntryCard
            intent="business"
            preline={t('landing.business.preline')}
            title={t('landing.business.title')}
            text={t('landing.business.text')}
            benefits={[
              t('landing.business.benefit1'),
              t('landing.business.benefit2'),
              t('landing.business.benefit3'),
              t('landing.business.benefit4'),
            ]}
            action={t('landing.business.action')}
          />
          <EntryCard
            intent="venue"
            preline={t('landing.venue.preline')}
            title={t('landing.venue.title')}
            text={t('landing.venue.text')}
            benefits={[t('landing.venue.benefit1'), t('landing.venue.benefit2'), t('landing.venue.benefit3')]}
            action={t('landing.venue.action')}
          />
        </div>
      </section>

      <CompanyCallToAction />

      <section className="stack" aria-labelledby="steps-heading">
        <h2 className="kern-heading-large" id="steps-heading">
          {t('landing.steps.heading')}
        </h2>
        <ol className="kern-list kern-list--number">
          <li>{t('landing.steps.register')}</li>
          <li>{t('landing.steps.verify')}</li>
          <li>{t('landing.steps.apply')}</li>
        </ol>
      </section>
    </div>
  );
}
