import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { LANGUAGES } from '../../../../packages/shared/src/index.js';
import { authorizedFetch } from '../../api/restFiles';
import { toAppError, type AppError } from '../../api/appError';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../i18n/usePageTitle';
import type { District, ResidencyCategory } from '../../gql/graphql';
import { formatDateTime } from '../../utils/formatDate';
import { NewsArticleView } from './NewsArticleView';
import {
  CREATE_NEWS_ARTICLE,
  NEWS_ARTICLE_PREVIEW,
  NEWS_TOPICS,
  PUBLISH_NEWS_ARTICLE,
  SCHEDULE_NEWS_ARTICLE,
  STAFF_NEWS_ARTICLE,
  UNPUBLISH_NEWS_ARTICLE,
  UPDATE_NEWS_ARTICLE,
  type NewsTopic,
  type StaffNewsArticle,
} from './operations';
import './news.css';

const CATEGORIES: ResidencyCategory[] = ['student', 'commuter', 'second_home', 'former_resident'];
const DISTRICTS: District[] = ['bochum', 'wattenscheid'];
const TRANSLATABLE = LANGUAGES.filter((language) => language.code !== 'de');
const FIELDS = ['titleDe', 'teaserDe', 'bodyDe', 'audience', 'topic', 'publishAt', 'file'];

interface Draft {
  titleDe: string;
  teaserDe: string;
  bodyDe: string;
  translations: { language: string; title: string; teaser: string; body: string }[];
  topic: NewsTopic;
  residents: boolean;
  categories: ResidencyCategory[];
  districts: District[];
  companies: boolean;
  isPublic: boolean;
}

const EMPTY: Draft = {
  titleDe: '',
  teaserDe: '',
  bodyDe: '',
  translations: [],
  topic: 'city_life',
  residents: true,
  categories: [],
  districts: [],
  companies: false,
  isPublic: false,
};

function draftOf(article: StaffNewsArticle): Draft {
  return {
    titleDe: article.titleDe,
    teaserDe: article.teaserDe,
    bodyDe: article.bodyDe,
    translations: article.translations.map(({ language, title, teaser, body }) => ({ language, title, teaser, body })),
    topic: article.topic,
    residents: article.audience.residents,
    categories: [...article.audience.categories],
    districts: [...article.audience.districts],
    companies: article.audience.companies,
    isPublic: article.isPublic,
  };
}

const toggle = <T,>(list: T[], value: T, on: boolean): T[] =>
  on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);

/** /staff/participation/news/new and /:id/edit: write an article in German and other languages, choose who it is for, preview, publish. */
export function StaffNewsEditorPage() {
  const { t, i18n } = useTranslation('participation');
  const { id } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  usePageTitle(id ? t('news.staff.editTitle') : t('news.staff.newTitle'));
  const existing = useQuery(STAFF_NEWS_ARTICLE, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const article = existing.data?.staffNewsArticle;
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [notice, setNotice] = useState('');
  const [addLanguage, setAddLanguage] = useState('');
  const [previewLanguage, setPreviewLanguage] = useState('de');
  const [publishAt, setPublishAt] = useState('');
  const [create, creating] = useMutation(CREATE_NEWS_ARTICLE);
  const [update, updating] = useMutation(UPDATE_NEWS_ARTICLE);
  const [publish] = useMutation(PUBLISH_NEWS_ARTICLE);
  const [unpublish] = useMutation(UNPUBLISH_NEWS_ARTICLE);
  const [schedule] = useMutation(SCHEDULE_NEWS_ARTICLE);
  const preview = useQuery(NEWS_ARTICLE_PREVIEW, {
    variables: { id: id ?? '', language: previewLanguage },
    skip: !id,
    fetchPolicy: 'network-only',
  });

  useEffect(() => {
    if (article) setDraft(draftOf(article));
  }, [article]);

  const problem = (field: string) =>
    failure?.details.find((detail) => (detail.path ?? detail.field) === field || detail.field === field)?.message;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const setTranslation = (language: string, field: 'title' | 'teaser' | 'body', value: string) =>
    set(
      'translations',
      draft.translations.map((translation) => (translation.language === language ? { ...translation, [field]: value } : translation)),
    );

  const input = () => ({
    titleDe: draft.titleDe,
    teaserDe: draft.teaserDe,
    bodyDe: draft.bodyDe,
    translations: draft.translations,
    topic: draft.topic,
    audience: { residents: draft.residents, categories: draft.categories, districts: draft.districts, companies: draft.companies },
    isPublic: draft.isPublic,
  });

  const act = async (work: () => Promise<unknown>, done: string) => {
    setFailure(null);
    setNotice('');
    try {
      await work();
      setNotice(done);
      await preview.refetch();
    } catch (caught) {
      setFailure(toAppError(caught));
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (id) {
      await act(() => update({ variables: { id, input: input() } }), t('news.staff.saved'));
      return;
    }
    setFailure(null);
    try {
      const result = await create({ variables: { input: input() } });
      await client.refetchQueries({ include: ['StaffNewsArticles'] });
      void navigate(`/staff/participation/news/${result.data!.createNewsArticle.id}/edit`);
    } catch (caught) {
      setFailure(toAppError(caught));
    }
  };

  const uploadImage = async (file: File) => {
    if (!id) return;
    const body = new FormData();
    body.append('file', file, file.name);
    await act(async () => {
      await authorizedFetch(`/api/participation/news/${encodeURIComponent(id)}/image`, { method: 'POST', body });
      await existing.refetch();
    }, t('news.staff.imageSaved'));
  };

  if (id && existing.loading && !article) return <LoadingIndicator />;
  if (id && existing.error) return <ErrorAlert error={toAppError(existing.error)} formFields={[]} />;

  const unused = TRANSLATABLE.filter((language) => !draft.translations.some((translation) => translation.language === language.code));
  return (
    <div className="stack-large" data-testid="news-editor">
      <p className="kern-body">
        <Link className="kern-link" to="/staff/participation/news">
          {t('news.staff.back')}
        </Link>
      </p>
      <h1 className="kern-heading-x-large">{id ? t('news.staff.editTitle') : t('news.staff.newTitle')}</h1>
      {article && (
        <p className="kern-body" data-testid="news-status">
          {t('news.staff.currentStatus', { status: t(`news.status.${article.status}`) })}
          {article.publishAt && article.status === 'scheduled' && <> · {formatDateTime(article.publishAt, i18n.language)}</>}
        </p>
      )}
      {failure && <ErrorAlert error={failure} formFields={FIELDS} />}
      {notice && (
        <p className="kern-body" role="status" data-testid="news-notice">
          {notice}
        </p>
      )}
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <h2 className="kern-heading-medium">{t('news.staff.german')}</h2>
        <TextField
          name="titleDe"
          label={t('news.staff.fields.title')}
          value={draft.titleDe}
          onChange={(value) => set('titleDe', value)}
          error={problem('titleDe')}
        />
        <TextAreaField
          name="teaserDe"
          label={t('news.staff.fields.teaser')}
          value={draft.teaserDe}
          onChange={(value) => set('teaserDe', value)}
          rows={2}
          maxLength={500}
          error={problem('teaserDe')}
        />
        <TextAreaField
          name="bodyDe"
          label={t('news.staff.fields.body')}
          hint={t('news.staff.fields.bodyHint')}
          value={draft.bodyDe}
          onChange={(value) => set('bodyDe', value)}
          rows={10}
          error={problem('bodyDe')}
        />

        <h2 className="kern-heading-medium">{t('news.staff.translations')}</h2>
        <p className="kern-body">{t('news.staff.translationsHint')}</p>
        {draft.translations.map((translation, index) => {
          const name = LANGUAGES.find((language) => language.code === translation.language)?.nativeName ?? translation.language;
          return (
            <fieldset key={translation.language} className="kern-fieldset news-editor-translation stack" lang={translation.language}>
              <legend className="kern-label">{name}</legend>
              <TextField
                name={`translation-${translation.language}-title`}
                label={t('news.staff.fields.titleIn', { language: name })}
                value={translation.title}
                onChange={(value) => setTranslation(translation.language, 'title', value)}
                error={problem(`translations.${index}.title`)}
              />
              <TextAreaField
                name={`translation-${translation.language}-teaser`}
                label={t('news.staff.fields.teaserIn', { language: name })}
                value={translation.teaser}
                onChange={(value) => setTranslation(translation.language, 'teaser', value)}
                rows={2}
              />
              <TextAreaField
                name={`translation-${translation.language}-body`}
                label={t('news.staff.fields.bodyIn', { language: name })}
                value={translation.body}
                onChange={(value) => setTranslation(translation.language, 'body', value)}
                rows={6}
              />
              <button
                type="button"
                className="kern-btn kern-btn--tertiary"
                onClick={() =>
                  set(
                    'translations',
                    draft.translations.filter((other) => other.language !== translation.language),
                  )
                }
              >
                <span className="kern-label">{t('news.staff.removeTranslation', { language: name })}</span>
              </button>
            </fieldset>
          );
        })}
        {unused.length > 0 && (
          <div className="news-actions">
            <SelectField
              name="addLanguage"
              label={t('news.staff.addTranslation')}
              value={addLanguage}
              onChange={setAddLanguage}
              options={[
                { value: '', label: '—' },
                ...unused.map((language) => ({ value: language.code, label: language.nativeName, lang: language.code })),
              ]}
            />
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              data-testid="news-add-translation"
              onClick={() => {
                if (!addLanguage) return;
                set('translations', [...draft.translations, { language: addLanguage, title: '', teaser: '', body: '' }]);
                setAddLanguage('');
              }}
            >
              <span className="kern-label">{t('news.staff.add')}</span>
            </button>
          </div>
        )}

        <h2 className="kern-heading-medium">{t('news.staff.audienceAndTopic')}</h2>
        <SelectField
          name="topic"
          label={t('news.staff.fields.topic')}
          value={draft.topic}
          onChange={(value) => set('topic', value as NewsTopic)}
          options={NEWS_TOPICS.map((topic) => ({ value: topic, label: t(`news.topics.${topic}`) }))}
        />
        <fieldset className={`kern-fieldset stack${problem('audience') ? ' kern-fieldset--error' : ''}`}>
          <legend className="kern-label">{t('news.staff.fields.audience')}</legend>
          {problem('audience') && (
            <p className="kern-error" role="alert">
              {problem('audience')}
            </p>
          )}
          <CheckboxField
            name="audience-residents"
            label={t('news.staff.audience.residents')}
            checked={draft.residents}
            onChange={(value) => set('residents', value)}
          />
          {draft.residents && (
            <div className="stack">
              <p className="kern-body kern-body--small">{t('news.staff.audience.narrowHint')}</p>
              {CATEGORIES.map((category) => (
                <CheckboxField
                  key={category}
                  name={`audience-category-${category}`}
                  label={t(`news.staff.audience.categories.${category}`)}
                  checked={draft.categories.includes(category)}
                  onChange={(on) => set('categories', toggle(draft.categories, category, on))}
                />
              ))}
              {DISTRICTS.map((district) => (
                <CheckboxField
                  key={district}
                  name={`audience-district-${district}`}
                  label={t(`news.staff.audience.districts.${district}`)}
                  checked={draft.districts.includes(district)}
                  onChange={(on) => set('districts', toggle(draft.districts, district, on))}
                />
              ))}
            </div>
          )}
          <CheckboxField
            name="audience-companies"
            label={t('news.staff.audience.companies')}
            checked={draft.companies}
            onChange={(value) => set('companies', value)}
          />
        </fieldset>
        <CheckboxField
          name="isPublic"
          label={t('news.staff.fields.isPublic')}
          checked={draft.isPublic}
          onChange={(value) => set('isPublic', value)}
        />
        <SubmitButton label={id ? t('news.staff.save') : t('news.staff.create')} busy={creating.loading || updating.loading} />
      </form>

      {id && article && (
        <>
          <section className="stack" aria-labelledby="news-image-heading">
            <h2 className="kern-heading-medium" id="news-image-heading">
              {t('news.staff.image')}
            </h2>
            {article.imageUrl && <p className="kern-body">{t('news.staff.imageSet')}</p>}
            <div className="kern-form-input">
              <label className="kern-label" htmlFor="news-image-file">
                {t('news.staff.imageChoose')}
              </label>
              <span className="kern-hint">{t('news.staff.imageHint')}</span>
              <input
                id="news-image-file"
                className="kern-form-input__input"
                type="file"
                accept="image/jpeg,image/png,image/webp"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) void uploadImage(file);
                }}
              />
            </div>
          </section>

          <section className="stack" aria-labelledby="news-publish-heading">
            <h2 className="kern-heading-medium" id="news-publish-heading">
              {t('news.staff.publishing')}
            </h2>
            <div className="news-actions">
              <button
                type="button"
                className="kern-btn kern-btn--primary"
                data-testid="news-publish"
                onClick={() => void act(() => publish({ variables: { id } }), t('news.staff.published'))}
              >
                <span className="kern-label">{t('news.staff.publishNow')}</span>
              </button>
              {(article.status === 'published' || article.status === 'scheduled') && (
                <button
                  type="button"
                  className="kern-btn kern-btn--secondary"
                  data-testid="news-unpublish"
                  onClick={() => void act(() => unpublish({ variables: { id } }), t('news.staff.unpublished'))}
                >
                  <span className="kern-label">{t('news.staff.unpublish')}</span>
                </button>
              )}
            </div>
            <div className="kern-form-input">
              <label className="kern-label" htmlFor="news-publish-at">
                {t('news.staff.fields.publishAt')}
              </label>
              <input
                id="news-publish-at"
                className="kern-form-input__input"
                type="datetime-local"
                value={publishAt}
                aria-describedby={problem('publishAt') ? 'news-publish-at-error' : undefined}
                onChange={(event) => setPublishAt(event.target.value)}
              />
              {problem('publishAt') && (
                <p className="kern-error" id="news-publish-at-error" role="alert">
                  {problem('publishAt')}
                </p>
              )}
            </div>
            <p>
              <button
                type="button"
                className="kern-btn kern-btn--secondary"
                data-testid="news-schedule"
                onClick={() =>
                  void act(
                    () =>
                      schedule({
                        variables: { input: { id, publishAt: publishAt ? new Date(publishAt).toISOString() : new Date(0).toISOString() } },
                      }),
                    t('news.staff.scheduled'),
                  )
                }
              >
                <span className="kern-label">{t('news.staff.schedule')}</span>
              </button>
            </p>
          </section>

          <section className="stack" aria-labelledby="news-preview-heading">
            <h2 className="kern-heading-medium" id="news-preview-heading">
              {t('news.staff.preview')}
            </h2>
            <SelectField
              name="previewLanguage"
              label={t('news.staff.previewLanguage')}
              value={previewLanguage}
              onChange={setPreviewLanguage}
              options={LANGUAGES.map((language) => ({ value: language.code, label: language.nativeName, lang: language.code }))}
            />
            {preview.data && (
              <div className="news-preview" lang={previewLanguage} data-testid="news-preview">
                <NewsArticleView article={preview.data.newsArticlePreview} headingLevel="h2" />
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
