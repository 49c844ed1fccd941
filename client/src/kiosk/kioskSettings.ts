import { createContext, useContext } from 'react';

export interface KioskSettings {
  name: string;
  location: string;
  idleSeconds: number;
  warningSeconds: number;
}

export const KioskSettingsContext = createContext<KioskSettings | undefined>(undefined);

export function useKioskSettings(): KioskSettings {
  const settings = useContext(KioskSettingsContext);
  if (!settings) throw new Error('useKioskSettings outside the kiosk');
  return settings;
}
