import { useCallback, useEffect, useState } from 'react';
import { deviceCardStore, type DeviceCard } from './deviceCardStore';

/** The cards stored on this device; `undefined` while IndexedDB is read. */
export function useDeviceCards(): { cards: DeviceCard[] | undefined; reload: () => Promise<void> } {
  const [cards, setCards] = useState<DeviceCard[]>();
  const reload = useCallback(async () => {
    setCards(await deviceCardStore.all().catch(() => []));
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { cards, reload };
}
