import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError, type AppError } from '../../api/appError';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { RadioGroup } from '../../components/RadioGroup';
import { SubmitButton } from '../../components/SubmitButton';
import { usePageTitle } from '../../i18n/usePageTitle';
import {
  MY_NEWS_EMAIL_PREFERENCES,
  NEWS_EMAIL_MODES,
  NEWS_TOPICS,
  SET_NEWS_EMAIL_PREFERENCES,
  type NewsEmailMode,
  type NewsTopic,
} from './operations';
import './news.css';

/** /news/preferences (linked from the account page): which news topics reach me by e-mail, and how. */
export function NewsPreferencesPage() {
  const { t } = useTranslation('participation');
  usePageTitle(t('news.preferences.title'));
  const { data, loading, error } = useQuery(MY_NEWS_EMAIL_PREFERENCES, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SET_NEWS_EMAIL_PREFERENCES);
  const [modes, setModes] = useState<Partial<Record<NewsTopic, NewsEmailMode>>>({});
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);

  useEffect(() => {
    if (data) setModes(Object.fromEntries(data.myNewsEmailPreferences.map((row) => [row.topic, row.mode])));
  }, [data]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    try {
      await save({ variables: { preferences: NEWS_TOPICS.map((topic) => ({ topic, mode: modes[topic] ?? 'off' })) } });
      setSaved(true);
    } catch (caught) {
      setFailure(toAppError(caught));
    }
  };

  return (
    <div className="stack-large" data-testid="news-preferences">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('news.preferences.title')}</h1>
        <p className="kern-body">{t('news.preferences.intro')}</p>
      </div>
      {error && <ErrorAlert error={toAppError(error)} formFields={[]} />}
      {loading && !data && <LoadingIndicator />}
      {data && (
        <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
          {NEWS_TOPICS.map((topic) => (
            <RadioGroup
              key={topic}
              name={`mode-${topic}`}
              legend={t(`news.topics.${topic}`)}
              value={modes[topic] ?? 'off'}
              onChange={(value) => setModes((current) => ({ ...current, [topic]: value as NewsEmailMode }))}
              options={NEWS_EMAIL_MODES.map((mode) => ({ value: mode, label: t(`news.preferences.modes.${mode}`) }))}
              horizontal
            />
          ))}
          {failure && <ErrorAlert error={failure} formFields={[]} />}
          {saved && (
            <p className="kern-body" role="status" data-testid="news-preferences-saved">
              {t('news.preferences.saved')}
            </p>
          )}
          <SubmitButton label={t('news.preferences.save')} busy={saving.loading} />
        </form>
      )}
      <p className="kern-body">
        <Link className="kern-link" to="/account">
          {t('news.preferences.backToAccount')}
        </Link>
      </p>
    </div>
  );
}
