import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AddressPoolEditor } from './AddressPoolEditor';
import { CREATE_RESIDENT_ADDRESS_POOL, RESIDENT_ADDRESS_POOLS, UPDATE_RESIDENT_ADDRESS_POOL } from './addressPoolFields';

/** The residents' address pools (administrators and the citizens' office). */
export function AddressPoolsAdminPage() {
  const { t } = useTranslation('addresses');
  const pools = useQuery(RESIDENT_ADDRESS_POOLS, { fetchPolicy: 'network-only' });
  const [create] = useMutation(CREATE_RESIDENT_ADDRESS_POOL);
  const [update] = useMutation(UPDATE_RESIDENT_ADDRESS_POOL);
  return (
    <AddressPoolEditor
      title={t('pools.title')}
      intro={t('pools.intro')}
      pools={pools.data?.residentAddressPools}
      loading={pools.loading}
      error={pools.error}
      create={(input) => create({ variables: { input } })}
      update={(input) => update({ variables: { input } })}
      onSaved={() => void pools.refetch()}
    />
  );
}
