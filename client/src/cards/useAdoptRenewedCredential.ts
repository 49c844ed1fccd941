import { useEffect } from 'react';
import type { CardCredential } from './operations';
import { deviceCardStore, type DeviceCard } from './deviceCardStore';

function boundKeyOf(credential: string): { x?: string; y?: string } | undefined {
  try {
    const payload = credential.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload)).cnf?.jwk;
  } catch {
    return undefined;
  }
}

/**
 * After a renewal the server re-signs the credential for the same device key. When the current
 * credential is bound to this device's key, store it instead of asking to activate again.
 */
export function useAdoptRenewedCredential(
  deviceCard: DeviceCard | undefined,
  current: CardCredential | undefined,
  reload: () => Promise<void>,
) {
  useEffect(() => {
    if (!deviceCard || !current || current.id === deviceCard.credentialId) return;
    let active = true;
    void (async () => {
      const local = await crypto.subtle.exportKey('jwk', deviceCard.keyPair.publicKey);
      const bound = boundKeyOf(current.credential);
      if (!active || !bound || bound.x !== local.x || bound.y !== local.y) return;
      await deviceCardStore.put({
        ...deviceCard,
        credentialId: current.id,
        credential: current.credential,
        storedAt: new Date().toISOString(),
      });
      await reload();
    })();
    return () => {
      active = false;
    };
  }, [deviceCard, current, reload]);
}
