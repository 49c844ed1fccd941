import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../api/appError';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { Ltr } from '../components/Ltr';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { fieldErrorsOf } from '../forms/validation';
import type { CreateAddressPoolInput, District, UpdateAddressPoolInput } from '../gql/graphql';
import { usePageTitle } from '../i18n/usePageTitle';
import type { AdministeredAddressPool } from './addressPoolFields';

const DISTRICTS: readonly District[] = ['bochum', 'wattenscheid'];
const TEXT_FIELDS = ['careOf', 'street', 'postcode', 'city'] as const;
const EMPTY: CreateAddressPoolInput = {
  code: '',
  mailboxPrefix: '',
  district: 'bochum',
  careOf: '',
  street: '',
  postcode: '',
  city: 'Bochum',
};

interface AddressPoolEditorProps {
  title: string;
  intro: string;
  /** The list as read (undefined while loading or after an error). */
  pools: readonly AdministeredAddressPool[] | undefined;
  loading: boolean;
  error: unknown;
  create: (input: CreateAddressPoolInput) => Promise<unknown>;
  update: (input: UpdateAddressPoolInput) => Promise<unknown>;
  /** Called after every saved change, to read the list again. */
  onSaved: () => void;
}

/** The page of a kind of address pool (residents' offices or partner service points): each editable, and a form for a new one. */
export function AddressPoolEditor({ title, intro, pools, loading, error, create, update, onSaved }: AddressPoolEditorProps) {
  const { t } = useTranslation('addresses');
  usePageTitle(title);
  return (
    <div className="stack-large">
      <div className="stack">
        <h1 className="kern-heading-x-large">{title}</h1>
        <p className="kern-body">{intro}</p>
      </div>
      {loading && <LoadingIndicator />}
      {Boolean(error) && <ErrorAlert error={toAppError(error)} />}
      <section className="stack" aria-labelledby="pools-heading">
        <h2 className="kern-heading-medium" id="pools-heading">
          {t('pools.listHeading')}
        </h2>
        <ul className="stack" role="list" data-testid="address-pools">
          {pools?.map((pool) => (
            <li key={pool.id} className="kern-card kern-card--surface">
              <div className="kern-card__container stack">
                <h3 className="kern-title">{pool.careOf}</h3>
                <p className="kern-body">
                  {pool.street}, {pool.postcode} {pool.city} · {t(`districts.${pool.district}`, { ns: 'residency' })}
                </p>
                <p className="kern-body kern-body--small">
                  <Ltr>{`${pool.code} · ${pool.mailboxPrefix}`}</Ltr> · {t('pools.issued', { count: pool.mailboxesIssued })} ·{' '}
                  {t(pool.active ? 'pools.active' : 'pools.inactive')}
                </p>
                <details>
                  <summary className="kern-link">{t('pools.edit')}</summary>
                  <PoolForm pool={pool} create={create} update={update} onSaved={onSaved} />
                </details>
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section className="kern-card kern-card--surface" aria-labelledby="pool-new-heading">
        <div className="kern-card__container stack">
          <h2 className="kern-title" id="pool-new-heading">
            {t('pools.newHeading')}
          </h2>
          <PoolForm create={create} update={update} onSaved={onSaved} />
        </div>
      </section>
    </div>
  );
}

type PoolValues = CreateAddressPoolInput & { active: boolean };

function PoolForm({
  pool,
  create,
  update,
  onSaved,
}: Pick<AddressPoolEditorProps, 'create' | 'update' | 'onSaved'> & { pool?: AdministeredAddressPool }) {
  const { t } = useTranslation('addresses');
  const [values, setValues] = useState<PoolValues>(pool ? { ...pool } : { ...EMPTY, active: true });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const errors = fieldErrorsOf(error);
  const set = (field: keyof PoolValues) => (value: string | boolean) => setValues((current) => ({ ...current, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const { code, mailboxPrefix, active, district, careOf, street, postcode, city } = values;
      const details = { district, careOf, street, postcode, city };
      await (pool ? update({ id: pool.id, ...details, active }) : create({ code, mailboxPrefix, ...details }));
      setSaved(true);
      if (!pool) setValues({ ...EMPTY, active: true });
      onSaved();
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="stack"
      onSubmit={(event) => void submit(event)}
      noValidate
      data-testid={pool ? `pool-form-${pool.code}` : 'pool-form-new'}
    >
      {error && <ErrorAlert error={error} formFields={['code', 'mailboxPrefix', 'district', ...TEXT_FIELDS]} />}
      {saved && (
        <p className="kern-body" role="status">
          {t('pools.saved')}
        </p>
      )}
      {!pool && (
        <>
          <TextField
            name="code"
            label={t('pools.fields.code')}
            hint={t('pools.codeHint')}
            value={values.code}
            onChange={set('code')}
            error={errors.code}
          />
          <TextField
            name="mailboxPrefix"
            label={t('pools.fields.mailboxPrefix')}
            hint={t('pools.prefixHint')}
            value={values.mailboxPrefix}
            onChange={set('mailboxPrefix')}
            error={errors.mailboxPrefix}
          />
        </>
      )}
      <SelectField
        name="district"
        label={t('pools.fields.district')}
        value={values.district}
        onChange={set('district')}
        options={DISTRICTS.map((district) => ({ value: district, label: t(`districts.${district}`, { ns: 'residency' }) }))}
        error={errors.district}
      />
      {TEXT_FIELDS.map((field) => (
        <TextField
          key={field}
          name={field}
          label={t(`pools.fields.${field}`)}
          value={values[field]}
          onChange={set(field)}
          error={errors[field]}
        />
      ))}
      {pool && <CheckboxField name="active" label={t('pools.activeLabel')} checked={values.active} onChange={set('active')} />}
      <SubmitButton label={t(pool ? 'pools.save' : 'pools.create')} busy={busy} />
    </form>
  );
}
