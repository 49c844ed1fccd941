import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AddressPoolEditor } from '../addresses/AddressPoolEditor';
import { ADMINISTERED_SERVICE_POINTS, CREATE_SERVICE_POINT, UPDATE_SERVICE_POINT } from './servicePointAdminOperations';

/** The partner service points where companies get their business address (administrators and economic development). */
export function ServicePointsAdminPage() {
  const { t } = useTranslation('business-address');
  const points = useQuery(ADMINISTERED_SERVICE_POINTS, { fetchPolicy: 'network-only' });
  const [create] = useMutation(CREATE_SERVICE_POINT);
  const [update] = useMutation(UPDATE_SERVICE_POINT);
  return (
    <AddressPoolEditor
      title={t('servicePointsAdmin.title')}
      intro={t('servicePointsAdmin.intro')}
      pools={points.data?.administeredServicePoints}
      loading={points.loading}
      error={points.error}
      create={(input) => create({ variables: { input } })}
      update={(input) => update({ variables: { input } })}
      onSaved={() => void points.refetch()}
    />
  );
}
