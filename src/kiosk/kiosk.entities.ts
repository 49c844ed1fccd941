import { KioskDevice } from './kiosk-device.entity.js';
import { KioskHandover } from './kiosk-handover.entity.js';

/** The TypeORM entities of the kiosk domain (registered once, in src/domains.ts). */
export const KIOSK_ENTITIES = [KioskDevice, KioskHandover];
