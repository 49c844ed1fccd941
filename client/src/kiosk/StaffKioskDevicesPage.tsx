import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../api/appError';
import { useSignedInAccount } from '../auth/useSignedInAccount';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { Ltr } from '../components/Ltr';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { SuccessPanel } from '../components/SuccessPanel';
import { TextField } from '../components/TextField';
import { useFormSubmission } from '../forms/useFormSubmission';
import { fieldErrorsOf } from '../forms/validation';
import type { District, KioskOffice } from '../gql/graphql';
import { usePageTitle } from '../i18n/usePageTitle';
import { formatDateTime } from '../utils/formatDate';
import { DISABLE_KIOSK_DEVICE, KIOSK_DEVICES, REGISTER_KIOSK_DEVICE } from './operations';

const DISTRICTS: District[] = ['bochum', 'wattenscheid'];
const OFFICES: KioskOffice[] = ['citizens_office', 'economic_development'];

function RegisterDeviceForm({ onRegistered }: { onRegistered: () => void }) {
  const { t } = useTranslation('kiosk');
  const account = useSignedInAccount();
  const isAdmin = account.roles.includes('admin');
  const [name, setName] = useState('');
  const [location, setLocation] = useState('');
  const [district, setDistrict] = useState<District>('bochum');
  const [office, setOffice] = useState<KioskOffice>('citizens_office');
  const [enrolmentUrl, setEnrolmentUrl] = useState<string>();
  const [register] = useMutation(REGISTER_KIOSK_DEVICE);
  const { busy, error, run } = useFormSubmission();
  const fieldErrors = fieldErrorsOf(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await run(() => register({ variables: { input: { name, location, district, ...(isAdmin ? { office } : {}) } } }));
    const path = result?.data?.registerKioskDevice.enrolmentPath;
    if (!path) return;
    setEnrolmentUrl(`${window.location.origin}${path}`);
    setName('');
    setLocation('');
    onRegistered();
  }

  return (
    <section className="stack" aria-labelledby="kiosk-register-title">
      <h2 id="kiosk-register-title" className="kern-heading-medium">
        {t('staff.registerTitle')}
      </h2>
      {enrolmentUrl && (
        <SuccessPanel title={t('staff.enrolledTitle')}>
          <p className="kern-body">{t('staff.enrolledText')}</p>
          <p className="kern-body kiosk-enrolment-link">
            <Ltr testId="kiosk-enrolment-url">{enrolmentUrl}</Ltr>
          </p>
        </SuccessPanel>
      )}
      {error && <ErrorAlert error={error} formFields={['name', 'location', 'district', 'office']} />}
      <form className="stack" onSubmit={submit} noValidate data-testid="kiosk-register-form">
        <TextField
          name="name"
          label={t('staff.name')}
          hint={t('staff.nameHint')}
          value={name}
          onChange={setName}
          error={fieldErrors.name}
        />
        <TextField name="location" label={t('staff.location')} value={location} onChange={setLocation} error={fieldErrors.location} />
        <SelectField
          name="district"
          label={t('staff.district')}
          value={district}
          options={DISTRICTS.map((value) => ({ value, label: t(`staff.districts.${value}`) }))}
          onChange={(value) => setDistrict(value as District)}
          error={fieldErrors.district}
        />
        {isAdmin && (
          <SelectField
            name="office"
            label={t('staff.office')}
            value={office}
            options={OFFICES.map((value) => ({ value, label: t(`staff.offices.${value}`) }))}
            onChange={(value) => setOffice(value as KioskOffice)}
            error={fieldErrors.office}
          />
        )}
        <div>
          <SubmitButton label={t('staff.register')} busy={busy} />
        </div>
      </form>
    </section>
  );
}

/** Staff of an office enrol their self-service terminals, see when each was last seen, and disable one. */
export function StaffKioskDevicesPage() {
  const { t, i18n } = useTranslation('kiosk');
  usePageTitle(t('staff.title'));
  const { data, loading, error, refetch } = useQuery(KIOSK_DEVICES, { fetchPolicy: 'cache-and-network' });
  const [disable] = useMutation(DISABLE_KIOSK_DEVICE);
  const disabling = useFormSubmission();
  const language = i18n.resolvedLanguage ?? 'de';

  return (
    <div className="stack-large" data-testid="kiosk-staff-page">
      <div className="stack">
        <h1 className="kern-heading-x-large">{t('staff.title')}</h1>
        <p className="kern-body">{t('staff.intro')}</p>
      </div>
      <RegisterDeviceForm onRegistered={() => void refetch()} />
      <section className="stack" aria-labelledby="kiosk-devices-title">
        <h2 id="kiosk-devices-title" className="kern-heading-medium">
          {t('staff.listTitle')}
        </h2>
        {error && <ErrorAlert error={toAppError(error)} />}
        {disabling.error && <ErrorAlert error={disabling.error} />}
        {loading && !data && <LoadingIndicator />}
        {data && data.kioskDevices.length === 0 && <p className="kern-body">{t('staff.none')}</p>}
        {data && data.kioskDevices.length > 0 && (
          <div className="table-scroll">
            <table className="kern-table" data-testid="kiosk-devices">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">
                    {t('staff.name')}
                  </th>
                  <th scope="col" className="kern-table__header">
                    {t('staff.location')}
                  </th>
                  <th scope="col" className="kern-table__header">
                    {t('staff.office')}
                  </th>
                  <th scope="col" className="kern-table__header">
                    {t('staff.lastSeen')}
                  </th>
                  <th scope="col" className="kern-table__header">
                    {t('staff.status')}
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {data.kioskDevices.map((device) => (
                  <tr key={device.id} className="kern-table__row" data-testid={`kiosk-device-${device.id}`}>
                    <th scope="row" className="kern-table__cell">
                      {device.name}
                    </th>
                    <td className="kern-table__cell">
                      {device.location} ({t(`staff.districts.${device.district}`)})
                    </td>
                    <td className="kern-table__cell">{t(`staff.offices.${device.office}`)}</td>
                    <td className="kern-table__cell">
                      {device.lastSeenAt ? formatDateTime(device.lastSeenAt, language) : t('staff.neverSeen')}
                    </td>
                    <td className="kern-table__cell">
                      {device.disabledAt ? (
                        t('staff.disabledSince', { date: formatDateTime(device.disabledAt, language) })
                      ) : (
                        <button
                          type="button"
                          className="kern-btn kern-btn--secondary"
                          disabled={disabling.busy}
                          onClick={() => void disabling.run(() => disable({ variables: { id: device.id } }))}
                        >
                          <span className="kern-label">{t('staff.disable', { name: device.name })}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
