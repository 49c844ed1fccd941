import type { JSONWebKeySet } from 'jose';
import type { Offer } from '../operations';
import { indexedDbDatabase } from '../../offline/indexedDb';

/**
 * What the scan page needs to verify without network: issuer keys, the signed status lists (the
 * IETF Token Status List for SD-JWT VC cards, the older list for `BOP1`/`BOS1` cards), the offers.
 */
export interface TrustMaterial {
  jwks: JSONWebKeySet;
  statusList: string;
  /** Absent in material stored by an earlier version of the page. */
  issuer?: string;
  tokenStatusList?: string;
  fetchedAt: string;
  offers: Offer[];
}

/** A verification made offline, sent to the server when the network returns. */
export interface PendingVerification {
  verificationId: string;
  code: string;
  offerId: string | null;
  verifiedAt: string;
}

const DATABASE = 'bo-venue-scan';
const STATE = 'state';
const PENDING = 'pending';

const run = indexedDbDatabase(DATABASE, { [STATE]: undefined, [PENDING]: { keyPath: 'verificationId' } });

export const scanStore = {
  trust: () => run<TrustMaterial | undefined>(STATE, 'readonly', (store) => store.get('trust') as IDBRequest<TrustMaterial | undefined>),
  saveTrust: (material: TrustMaterial) => run(STATE, 'readwrite', (store) => store.put(material, 'trust')),
  pending: () => run<PendingVerification[]>(PENDING, 'readonly', (store) => store.getAll() as IDBRequest<PendingVerification[]>),
  addPending: (entry: PendingVerification) => run(PENDING, 'readwrite', (store) => store.put(entry)),
  removePending: (ids: string[]) => Promise.all(ids.map((id) => run(PENDING, 'readwrite', (store) => store.delete(id)))),
};
