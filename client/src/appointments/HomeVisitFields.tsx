import { useTranslation } from 'react-i18next';
import type { AppError } from '../api/appError';
import { CheckboxField } from '../components/CheckboxField';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import type { HomeVisitInput, VisitDistrict } from '../gql/graphql';

export const VISIT_DISTRICTS: VisitDistrict[] = ['mitte', 'wattenscheid', 'nord', 'ost', 'sued', 'suedwest'];

/** The fields whose errors this part shows itself (ErrorAlert leaves them out). */
export const HOME_VISIT_FIELDS = ['limitedMobility', 'address', 'consent'];

export const EMPTY_HOME_VISIT: HomeVisitInput = {
  limitedMobility: false,
  livesInCareHome: false,
  address: '',
  district: 'mitte',
  onBehalfOfName: null,
  consent: false,
};

/** The home service part of the booking form: the self-assessment, where, and (for a carer) for whom, with consent. */
export function HomeVisitFields({
  value,
  onChange,
  error,
}: {
  value: HomeVisitInput;
  onChange: (next: HomeVisitInput) => void;
  error: AppError | null;
}) {
  const { t } = useTranslation('appointments');
  const set = (change: Partial<HomeVisitInput>) => onChange({ ...value, ...change });
  const fieldError = (path: string) => error?.details.find((problem) => problem.path === path)?.message;
  const onBehalf = value.onBehalfOfName !== null && value.onBehalfOfName !== undefined;
  return (
    <fieldset className="kern-fieldset" data-testid="home-visit">
      <legend className="kern-label">{t('home.title')}</legend>
      <div className="kern-fieldset__body stack">
        <CheckboxField
          name="limitedMobility"
          label={t('home.limited_mobility')}
          checked={value.limitedMobility}
          onChange={(checked) => set({ limitedMobility: checked })}
          error={fieldError('homeVisit.limitedMobility')}
        />
        <CheckboxField
          name="livesInCareHome"
          label={t('home.care_home')}
          checked={value.livesInCareHome}
          onChange={(checked) => set({ livesInCareHome: checked })}
        />
        <TextField
          name="address"
          label={t('home.address')}
          value={value.address}
          onChange={(address) => set({ address })}
          autoComplete="street-address"
          error={fieldError('homeVisit.address')}
        />
        <SelectField
          name="district"
          label={t('home.district')}
          value={value.district}
          onChange={(district) => set({ district: district as VisitDistrict })}
          options={VISIT_DISTRICTS.map((district) => ({ value: district, label: t(`district.${district}`) }))}
        />
        <CheckboxField
          name="onBehalf"
          label={t('home.on_behalf')}
          checked={onBehalf}
          onChange={(checked) => set({ onBehalfOfName: checked ? '' : null, consent: false })}
        />
        {onBehalf && (
          <>
            <TextField
              name="onBehalfOfName"
              label={t('home.person_name')}
              value={value.onBehalfOfName ?? ''}
              onChange={(name) => set({ onBehalfOfName: name })}
            />
            <CheckboxField
              name="consent"
              label={t('home.consent')}
              checked={value.consent ?? false}
              onChange={(consent) => set({ consent })}
              error={fieldError('homeVisit.consent')}
            />
          </>
        )}
      </div>
    </fieldset>
  );
}
