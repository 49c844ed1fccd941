import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { toAppError, type AppError } from '../api/appError';
import { authorizedFetch, openProtectedFile } from '../api/restFiles';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { RadioGroup } from '../components/RadioGroup';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { usePageTitle } from '../i18n/usePageTitle';
import { formatDate } from '../utils/formatDate';
import { BackToJourney } from './BackToJourney';
import {
  COMPANY_GROWTH_PAGE,
  HAND_OVER_GROWTH_PLAN,
  MARK_GROWTH_DEADLINE,
  RECORD_GROWTH_REGISTRATION,
  SAVE_SUBSIDIARY,
  SET_GROWTH_BUSINESS_START,
  START_BRANCH,
  START_BRANCH_TRADE_REGISTRATION,
  type GrowthPlan,
} from './growthOperations';
import { useJourneyActivity } from './useJourneyActivity';
import './companies.css';
import { fullName } from '../../../packages/shared/src/person-name.js';

type NotarisationReason = 'eid' | 'eu_eea_needs_eid' | 'needs_eid_or_presence' | 'not_verified';
type PageData = NonNullable<ReturnType<typeof useGrowthPage>['data']>;
type Representative = PageData['company']['representatives'][number];

function useGrowthPage(companyId: string) {
  return useQuery(COMPANY_GROWTH_PAGE, { variables: { companyId }, fetchPolicy: 'cache-and-network' });
}

const fieldError = (error: AppError | null, field: string) => error?.details.find((detail) => detail.field === field)?.message;

/** Representative office → branch → subsidiary: what is needed, the uploads, the prefilled packages, the hand-over and the deadlines. */
export function GrowthPage() {
  const { companyId = '' } = useParams();
  const { t } = useTranslation('companies');
  usePageTitle(t('growth.title'));
  useJourneyActivity(companyId);
  const { data, loading, error, refetch } = useGrowthPage(companyId);
  const [startBranch] = useMutation(START_BRANCH, { refetchQueries: [COMPANY_GROWTH_PAGE] });
  const starting = useFormSubmission();

  if (error && !data) return <ErrorAlert error={toAppError(error)} />;
  if (loading && !data) return <LoadingIndicator />;
  if (!data) return null;
  const canWrite = data.company.myRole === 'owner' || data.company.myRole === 'managing_director';
  const branch = data.companyGrowth.find((plan) => plan.kind === 'branch');
  const subsidiary = data.companyGrowth.find((plan) => plan.kind === 'subsidiary');

  return (
    <div className="stack-large narrow growth-page">
      <BackToJourney companyId={companyId} />
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('growth.title')}</h1>
        <p className="kern-body">{t('growth.intro')}</p>
        <p className="kern-body kern-body--bold">{t('growth.whoDecides')}</p>
      </div>
      <section className="stack" aria-labelledby="growth-branch-heading" data-testid="growth-branch">
        <h2 className="kern-heading-large" id="growth-branch-heading">
          {t('growth.branch.heading')}
        </h2>
        <p className="kern-body">{t('growth.branch.intro')}</p>
        {!branch && (
          <>
            <p className="kern-body">{t('growth.branch.needs')}</p>
            {starting.error && <ErrorAlert error={starting.error} />}
            {canWrite && (
              <div>
                <button
                  type="button"
                  className="kern-btn kern-btn--primary"
                  data-testid="growth-start-branch"
                  aria-busy={starting.busy || undefined}
                  onClick={() => void starting.run(() => startBranch({ variables: { companyId } }))}
                >
                  <span className="kern-label">{t('growth.branch.start')}</span>
                </button>
              </div>
            )}
          </>
        )}
        {branch && <BranchPlan plan={branch} canWrite={canWrite} onChanged={() => void refetch()} />}
      </section>
      <section className="stack" aria-labelledby="growth-subsidiary-heading" data-testid="growth-subsidiary">
        <h2 className="kern-heading-large" id="growth-subsidiary-heading">
          {t('growth.subsidiary.heading')}
        </h2>
        <p className="kern-body">{t('growth.subsidiary.intro')}</p>
        {canWrite && (!subsidiary || subsidiary.stage === 'preparing') && (
          <SubsidiaryForm companyId={companyId} plan={subsidiary ?? null} representatives={data.company.representatives} />
        )}
        {subsidiary && <SubsidiaryPlanView plan={subsidiary} canWrite={canWrite} />}
      </section>
    </div>
  );
}

function StageLine({ plan }: { plan: GrowthPlan }) {
  const { t } = useTranslation('companies');
  return (
    <p className="kern-body" data-testid={`growth-stage-${plan.kind}`} data-stage={plan.stage}>
      <span className="kern-badge kern-badge--info">
        <span className="kern-label">{t(`growth.stages.${plan.stage}`)}</span>
      </span>
    </p>
  );
}

function BranchPlan({ plan, canWrite, onChanged }: { plan: GrowthPlan; canWrite: boolean; onChanged: () => void }) {
  const { t } = useTranslation('companies');
  const navigate = useNavigate();
  const [startTrade] = useMutation(START_BRANCH_TRADE_REGISTRATION);
  const trade = useFormSubmission();
  return (
    <div className="stack">
      <StageLine plan={plan} />
      <div className="stack">
        <h3 className="kern-heading-small">{t('growth.branch.address')}</h3>
        <address className="kern-body" data-testid="growth-branch-address">
          {plan.businessAddressLines.map((line) => (
            <span key={line} className="address-line">
              {line}
              <br />
            </span>
          ))}
        </address>
      </div>
      <div className="stack">
        <h3 className="kern-heading-small">{t('growth.branch.checklist')}</h3>
        <ul className="stack growth-checklist">
          {plan.checklist.map((entry) => (
            <ChecklistEntry key={entry.item} entry={entry} editable={canWrite && plan.stage === 'preparing'} onUploaded={onChanged} />
          ))}
        </ul>
      </div>
      <Packages plan={plan} />
      <HandOver plan={plan} canWrite={canWrite} />
      <Registration plan={plan} canWrite={canWrite} />
      <div className="stack">
        <h3 className="kern-heading-small">{t('growth.branch.trade')}</h3>
        <p className="kern-body">{t('growth.branch.tradeIntro')}</p>
        {trade.error && <ErrorAlert error={trade.error} />}
        <div>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            data-testid="growth-branch-trade"
            onClick={() =>
              void trade.run(async () => {
                await startTrade({ variables: { input: { companyId: plan.companyId, establishmentId: plan.establishmentId } } });
                await navigate(`/company/${plan.companyId}/trade-registration?establishment=${plan.establishmentId}`);
              })
            }
          >
            <span className="kern-label">{t('growth.branch.tradeStart')}</span>
          </button>
        </div>
      </div>
      <Deadlines plan={plan} canWrite={canWrite} />
    </div>
  );
}

function ChecklistEntry({
  entry,
  editable,
  onUploaded,
}: {
  entry: GrowthPlan['checklist'][number];
  editable: boolean;
  onUploaded: () => void;
}) {
  const { t } = useTranslation('companies');
  const upload = useFormSubmission();
  const inputId = `growth-upload-${entry.item}`;
  const statusId = `${inputId}-status`;
  const status = entry.fileName
    ? t('growth.branch.uploaded', { name: entry.fileName })
    : entry.required
      ? t('growth.branch.missing')
      : t('growth.branch.notNeeded');
  return (
    <li
      className="stack growth-checklist__item"
      data-testid={`growth-item-${entry.item}`}
      data-uploaded={entry.fileName ? 'true' : 'false'}
    >
      <p className="kern-body kern-body--bold">{t(`growth.items.${entry.item}`)}</p>
      <p className="kern-body kern-body--small" id={statusId}>
        {entry.fileName ? (
          <button type="button" className="kern-link" onClick={() => void openProtectedFile(entry.path, entry.fileName!)}>
            {status}
          </button>
        ) : (
          status
        )}
      </p>
      {editable && (
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={inputId}>
            {t('growth.branch.upload')}
          </label>
          <input
            id={inputId}
            className="kern-form-input__input"
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            aria-describedby={upload.error ? `${statusId} ${inputId}-error` : statusId}
            aria-busy={upload.busy || undefined}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              void upload.run(async () => {
                const body = new FormData();
                body.append('file', file, file.name);
                await authorizedFetch(entry.path, { method: 'POST', body });
                onUploaded();
              });
            }}
          />
          {upload.error && (
            <p className="kern-error" id={`${inputId}-error`} role="alert">
              {upload.error.message}
            </p>
          )}
        </div>
      )}
    </li>
  );
}

function Packages({ plan }: { plan: GrowthPlan }) {
  const { t } = useTranslation('companies');
  const download = useFormSubmission();
  return (
    <div className="stack" data-testid="growth-packages">
      <h3 className="kern-heading-small">{t('growth.packages.heading')}</h3>
      <p className="kern-body kern-body--small">{t('growth.packages.intro')}</p>
      {download.error && <ErrorAlert error={download.error} />}
      <ul className="stack">
        {plan.packages.map((entry) => (
          <li key={entry.package} className="cluster">
            <span className="kern-body">{t(`growth.packages.${entry.package}`)}</span>
            <button
              type="button"
              className="kern-link"
              data-testid={`growth-package-${entry.package}-pdf`}
              onClick={() => void download.run(() => openProtectedFile(entry.pdfPath, `${entry.package}.pdf`))}
            >
              {t('growth.packages.pdf')}
            </button>
            <button
              type="button"
              className="kern-link"
              data-testid={`growth-package-${entry.package}-json`}
              onClick={() => void download.run(() => openProtectedFile(entry.jsonPath, `${entry.package}.json`))}
            >
              {t('growth.packages.json')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function HandOver({ plan, canWrite }: { plan: GrowthPlan; canWrite: boolean }) {
  const { t, i18n } = useTranslation('companies');
  const [handOver] = useMutation(HAND_OVER_GROWTH_PLAN);
  const submission = useFormSubmission();
  if (plan.handedOverAt) {
    return (
      <p className="kern-body" data-testid={`growth-handed-over-${plan.kind}`}>
        {t('growth.handOver.done', { date: formatDate(plan.handedOverAt, i18n.language) })}
      </p>
    );
  }
  if (!canWrite) return null;
  return (
    <div className="stack">
      <p className="kern-body kern-body--small">{t('growth.handOver.hint')}</p>
      {submission.error && <ErrorAlert error={submission.error} />}
      <div>
        <button
          type="button"
          className="kern-btn kern-btn--primary"
          data-testid={`growth-hand-over-${plan.kind}`}
          onClick={() => void submission.run(() => handOver({ variables: { planId: plan.id } }))}
        >
          <span className="kern-label">{t('growth.handOver.button')}</span>
        </button>
      </div>
    </div>
  );
}

function Registration({ plan, canWrite }: { plan: GrowthPlan; canWrite: boolean }) {
  const { t } = useTranslation('companies');
  const [record] = useMutation(RECORD_GROWTH_REGISTRATION);
  const submission = useFormSubmission();
  const [court, setCourt] = useState('Amtsgericht Bochum');
  const [number, setNumber] = useState('');
  if (plan.stage === 'registered') {
    return (
      <p className="kern-body" data-testid={`growth-registered-${plan.kind}`}>
        {t('growth.registration.done', { court: plan.registerCourt, number: plan.registerNumber })}
      </p>
    );
  }
  if (plan.stage !== 'handed_over_to_notary' || !canWrite) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(() => record({ variables: { input: { planId: plan.id, registerCourt: court, registerNumber: number } } }));
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <h3 className="kern-heading-small">{t('growth.registration.heading')}</h3>
      <p className="kern-body kern-body--small">{t('growth.registration.intro')}</p>
      {submission.error && !submission.error.details.length && <ErrorAlert error={submission.error} />}
      <TextField
        name="registerCourt"
        label={t('growth.registration.court')}
        value={court}
        onChange={setCourt}
        error={fieldError(submission.error, 'registerCourt')}
      />
      <TextField
        name="registerNumber"
        label={t('growth.registration.number')}
        value={number}
        onChange={setNumber}
        error={fieldError(submission.error, 'registerNumber')}
      />
      <div>
        <SubmitButton label={t('growth.registration.save')} busy={submission.busy} />
      </div>
    </form>
  );
}

function Deadlines({ plan, canWrite }: { plan: GrowthPlan; canWrite: boolean }) {
  const { t, i18n } = useTranslation('companies');
  const [setStart] = useMutation(SET_GROWTH_BUSINESS_START);
  const [mark] = useMutation(MARK_GROWTH_DEADLINE);
  const submission = useFormSubmission();
  const [date, setDate] = useState(plan.businessStartDate ?? '');
  return (
    <div className="stack" data-testid={`growth-deadlines-${plan.kind}`}>
      <h3 className="kern-heading-small">{t('growth.deadlines.heading')}</h3>
      <p className="kern-body kern-body--small">{t('growth.deadlines.reminder')}</p>
      {canWrite && (
        <form
          className="stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submission.run(() => setStart({ variables: { planId: plan.id, date } }));
          }}
        >
          {submission.error && !submission.error.details.length && <ErrorAlert error={submission.error} />}
          <TextField
            name={`start-${plan.kind}`}
            type="date"
            label={t('growth.deadlines.start')}
            value={date}
            onChange={setDate}
            error={fieldError(submission.error, 'date')}
          />
          <div>
            <SubmitButton label={t('growth.deadlines.setStart')} busy={submission.busy} />
          </div>
        </form>
      )}
      <ul className="stack">
        {plan.deadlines.map((deadline) => (
          <li key={deadline.kind}>
            <CheckboxField
              name={`deadline-${plan.kind}-${deadline.kind}`}
              label={`${t(`growth.deadlines.${deadline.kind}`)} – ${t('growth.deadlines.due', { date: formatDate(deadline.dueOn, i18n.language) })}`}
              checked={deadline.doneAt !== null}
              onChange={(done) => {
                if (canWrite) void submission.run(() => mark({ variables: { input: { planId: plan.id, kind: deadline.kind, done } } }));
              }}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

interface ShareholderRow {
  name: string;
  countryCode: string;
  euros: string;
  isParentCompany: boolean;
}

function SubsidiaryForm({
  companyId,
  plan,
  representatives,
}: {
  companyId: string;
  plan: GrowthPlan | null;
  representatives: Representative[];
}) {
  const { t } = useTranslation('companies');
  const [save] = useMutation(SAVE_SUBSIDIARY, { refetchQueries: [COMPANY_GROWTH_PAGE] });
  const submission = useFormSubmission();
  const [saved, setSaved] = useState(false);
  const current = plan?.subsidiary;
  const [name, setName] = useState(current?.name ?? '');
  const [legalForm, setLegalForm] = useState<'gmbh' | 'ug'>(current?.legalForm ?? 'gmbh');
  const [capital, setCapital] = useState(current ? String(current.shareCapitalCents / 100) : '25000');
  const [articles, setArticles] = useState<'model_protocol' | 'own'>(current?.articles ?? 'model_protocol');
  const [shareholders, setShareholders] = useState<ShareholderRow[]>(
    current?.shareholders.map((row) => ({ ...row, euros: String(row.nominalCents / 100) })) ?? [
      { name: '', countryCode: '', euros: '25000', isParentCompany: true },
    ],
  );
  const [directors, setDirectors] = useState<string[]>(current?.managingDirectorAccountIds ?? []);
  const cents = (euros: string) => Math.round(Number(euros.replace(/\./g, '').replace(',', '.')) * 100) || 0;
  const error = submission.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void submission.run(async () => {
      await save({
        variables: {
          input: {
            companyId,
            name,
            legalForm,
            shareCapitalCents: cents(capital),
            articles,
            shareholders: shareholders.map((row) => ({
              name: row.name,
              countryCode: row.countryCode,
              nominalCents: cents(row.euros),
              isParentCompany: row.isParentCompany,
            })),
            managingDirectorAccountIds: directors,
          },
        },
      });
      setSaved(true);
    });
  };
  const setRow = (index: number, change: Partial<ShareholderRow>) =>
    setShareholders((rows) => rows.map((row, position) => (position === index ? { ...row, ...change } : row)));

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="growth-subsidiary-form">
      {error && <ErrorAlert error={error} />}
      {saved && (
        <p className="kern-body" role="status">
          {t('growth.subsidiary.saved')}
        </p>
      )}
      <TextField
        name="subsidiaryName"
        label={t('growth.subsidiary.name')}
        hint={t('growth.subsidiary.nameHint')}
        value={name}
        onChange={setName}
        error={fieldError(error, 'name')}
      />
      <RadioGroup
        name="subsidiaryLegalForm"
        legend={t('growth.subsidiary.legalForm')}
        value={legalForm}
        options={(['gmbh', 'ug'] as const).map((value) => ({ value, label: t(`growth.subsidiary.legalForms.${value}`) }))}
        onChange={(value) => setLegalForm(value as 'gmbh' | 'ug')}
      />
      <TextField
        name="shareCapital"
        label={t('growth.subsidiary.capital')}
        value={capital}
        onChange={setCapital}
        error={fieldError(error, 'shareCapitalCents')}
      />
      <RadioGroup
        name="articles"
        legend={t('growth.subsidiary.articles')}
        value={articles}
        options={(['model_protocol', 'own'] as const).map((value) => ({ value, label: t(`growth.subsidiary.articlesKinds.${value}`) }))}
        onChange={(value) => setArticles(value as 'model_protocol' | 'own')}
        error={fieldError(error, 'articles')}
      />
      <fieldset className="kern-fieldset stack" aria-describedby={fieldError(error, 'shareholders') ? 'shareholders-error' : undefined}>
        <legend className="kern-label">{t('growth.subsidiary.shareholders')}</legend>
        {fieldError(error, 'shareholders') && (
          <p className="kern-error" id="shareholders-error">
            {fieldError(error, 'shareholders')}
          </p>
        )}
        {shareholders.map((row, index) => (
          <div key={index} className="stack growth-shareholder">
            <TextField
              name={`shareholder-${index}-name`}
              label={`${t('growth.subsidiary.shareholderName')} (${index + 1})`}
              value={row.name}
              onChange={(value) => setRow(index, { name: value })}
              error={fieldError(error, `shareholders.${index}.name`)}
            />
            <TextField
              name={`shareholder-${index}-country`}
              label={t('growth.subsidiary.shareholderCountry')}
              value={row.countryCode}
              onChange={(value) => setRow(index, { countryCode: value })}
              error={fieldError(error, `shareholders.${index}.countryCode`)}
            />
            <TextField
              name={`shareholder-${index}-amount`}
              label={t('growth.subsidiary.shareholderAmount')}
              value={row.euros}
              onChange={(value) => setRow(index, { euros: value })}
              error={fieldError(error, `shareholders.${index}.nominalCents`)}
            />
            <CheckboxField
              name={`shareholder-${index}-parent`}
              label={t('growth.subsidiary.shareholderParent')}
              checked={row.isParentCompany}
              onChange={(checked) => setRow(index, { isParentCompany: checked })}
            />
            {shareholders.length > 1 && (
              <div>
                <button
                  type="button"
                  className="kern-btn kern-btn--tertiary"
                  onClick={() => setShareholders((rows) => rows.filter((_, position) => position !== index))}
                >
                  <span className="kern-label">{t('growth.subsidiary.removeShareholder', { number: index + 1 })}</span>
                </button>
              </div>
            )}
          </div>
        ))}
        <div>
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() => setShareholders((rows) => [...rows, { name: '', countryCode: '', euros: '', isParentCompany: false }])}
          >
            <span className="kern-label">{t('growth.subsidiary.addShareholder')}</span>
          </button>
        </div>
      </fieldset>
      <fieldset
        className="kern-fieldset stack"
        aria-describedby={fieldError(error, 'managingDirectorAccountIds') ? 'directors-error' : 'directors-hint'}
      >
        <legend className="kern-label">{t('growth.subsidiary.directors')}</legend>
        <p className="kern-hint" id="directors-hint">
          {t('growth.subsidiary.directorsHint')}
        </p>
        {fieldError(error, 'managingDirectorAccountIds') && (
          <p className="kern-error" id="directors-error">
            {fieldError(error, 'managingDirectorAccountIds')}
          </p>
        )}
        {representatives.map((person) => (
          <CheckboxField
            key={person.accountId}
            name={`director-${person.accountId}`}
            label={person.givenName ? fullName(person) : person.email}
            checked={directors.includes(person.accountId)}
            onChange={(checked) =>
              setDirectors((ids) => (checked ? [...ids, person.accountId] : ids.filter((id) => id !== person.accountId)))
            }
          />
        ))}
      </fieldset>
      <div>
        <SubmitButton label={submission.busy ? t('growth.subsidiary.saving') : t('growth.subsidiary.save')} busy={submission.busy} />
      </div>
    </form>
  );
}

function SubsidiaryPlanView({ plan, canWrite }: { plan: GrowthPlan; canWrite: boolean }) {
  const { t } = useTranslation('companies');
  return (
    <div className="stack">
      <StageLine plan={plan} />
      <div className="stack" data-testid="growth-notarisation">
        <h3 className="kern-heading-small">{t('growth.notarisation.heading')}</h3>
        <p className="kern-body kern-body--small">{t('growth.notarisation.intro')}</p>
        <ul className="stack">
          {plan.onlineNotarisation.map((check) => (
            <li key={check.accountId} className="kern-body" data-eligible={check.eligible ? 'true' : 'false'}>
              <strong>{check.givenName ? fullName(check) : '—'}</strong>: {t(`growth.notarisation.${check.reason as NotarisationReason}`)}
            </li>
          ))}
        </ul>
      </div>
      <Packages plan={plan} />
      <HandOver plan={plan} canWrite={canWrite} />
      <Registration plan={plan} canWrite={canWrite} />
      <Deadlines plan={plan} canWrite={canWrite} />
    </div>
  );
}
