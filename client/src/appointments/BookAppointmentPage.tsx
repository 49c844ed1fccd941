import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toAppError } from '../api/appError';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingIndicator } from '../components/LoadingIndicator';
import { RadioGroup } from '../components/RadioGroup';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { SuccessPanel } from '../components/SuccessPanel';
import { useFormSubmission } from '../forms/useFormSubmission';
import { usePageTitle } from '../i18n/usePageTitle';
import type { AppointmentChannel, HomeVisitInput } from '../gql/graphql';
import { EMPTY_HOME_VISIT, HOME_VISIT_FIELDS, HomeVisitFields } from './HomeVisitFields';
import { AppointmentTimes, deviceTimeZone } from './AppointmentTimes';
import { APPOINTMENT_SERVICES, BOOK_APPOINTMENT, MY_APPOINTMENT_CASES, type Booking } from './operations';
import { SlotPicker } from './SlotPicker';

/** Residents and founders: service → day → time (Bochum's and their own), video or in person, optionally about one of their cases. */
export function BookAppointmentPage() {
  const { t } = useTranslation('appointments');
  usePageTitle(t('book.title'));
  const services = useQuery(APPOINTMENT_SERVICES);
  const cases = useQuery(MY_APPOINTMENT_CASES);
  const [book] = useMutation(BOOK_APPOINTMENT);
  const submission = useFormSubmission();
  const [serviceId, setServiceId] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [channel, setChannel] = useState<AppointmentChannel | ''>('');
  const [caseId, setCaseId] = useState('');
  const [homeVisit, setHomeVisit] = useState<HomeVisitInput>(EMPTY_HOME_VISIT);
  const [booked, setBooked] = useState<Booking | null>(null);
  const bookable = (services.data?.appointmentServices ?? []).filter((service) => service.active);
  const service = bookable.find((candidate) => candidate.id === serviceId);
  const channels = service
    ? ([service.video && 'video', service.inPerson && 'in_person', service.homeVisit && 'home_visit'].filter(
        Boolean,
      ) as AppointmentChannel[])
    : [];
  const chosenChannel = channel && channels.includes(channel) ? channel : (channels[0] ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void submission.run(async () => {
      const result = await book({
        variables: {
          input: {
            serviceId,
            startsAt,
            channel: chosenChannel as AppointmentChannel,
            timeZone: deviceTimeZone(),
            caseId: caseId || null,
            homeVisit: chosenChannel === 'home_visit' ? homeVisit : null,
          },
        },
      });
      if (result.data) setBooked(result.data.bookAppointment);
    });
  };

  if (booked) {
    return (
      <SuccessPanel title={t('book.booked')}>
        <p className="kern-body" data-testid="booked">
          {booked.serviceName}: <AppointmentTimes startsAt={booked.startsAt} timeZone={booked.bookerTimeZone} />
        </p>
        <Link className="kern-link" to="/appointments">
          {t('mine.title')}
        </Link>
      </SuccessPanel>
    );
  }
  return (
    <form className="stack-large" onSubmit={submit} noValidate data-testid="book-appointment">
      <h1 className="kern-heading-x-large">{t('book.title')}</h1>
      {services.error && <ErrorAlert error={toAppError(services.error)} formFields={[]} />}
      {services.loading && <LoadingIndicator />}
      <SelectField
        name="service"
        label={t('book.service')}
        value={serviceId}
        onChange={(next) => {
          setServiceId(next);
          setStartsAt('');
        }}
        options={[
          { value: '', label: '—' },
          ...bookable.map((entry) => ({
            value: entry.id,
            label: `${entry.name} (${t(`office.${entry.office}`)})`,
            lang: entry.nameLanguage,
          })),
        ]}
      />
      {service && <SlotPicker serviceId={service.id} value={startsAt} onChange={setStartsAt} />}
      {service && channels.length > 0 && (
        <RadioGroup
          name="channel"
          legend={t('book.channel')}
          value={chosenChannel}
          onChange={(next) => setChannel(next as AppointmentChannel)}
          options={channels.map((value) => ({ value, label: t(`channel.${value}`) }))}
        />
      )}
      {chosenChannel === 'home_visit' && <HomeVisitFields value={homeVisit} onChange={setHomeVisit} error={submission.error} />}
      {(cases.data?.myAppointmentCases.length ?? 0) > 0 && (
        <SelectField
          name="case"
          label={t('book.case')}
          value={caseId}
          onChange={setCaseId}
          options={[
            { value: '', label: t('book.no_case') },
            ...cases.data!.myAppointmentCases.map((entry) => ({
              value: entry.id,
              label: `${entry.kind} · ${new Date(entry.createdAt).toLocaleDateString()}`,
            })),
          ]}
        />
      )}
      {submission.error && <ErrorAlert error={submission.error} formFields={chosenChannel === 'home_visit' ? HOME_VISIT_FIELDS : []} />}
      {service && startsAt && <SubmitButton label={t('book.submit')} busy={submission.busy} />}
    </form>
  );
}
