import { Module } from '@nestjs/common';
import { KioskDevicesService } from './kiosk-devices.service.js';
import { KioskHandoversService } from './kiosk-handovers.service.js';
import { KIOSK_RESOLVERS } from './kiosk.resolvers.js';

/** Self-service terminals in local centres: enrolment by staff, the terminal's own requests, the phone hand-over. */
@Module({
  providers: [KioskDevicesService, KioskHandoversService, ...KIOSK_RESOLVERS],
})
export class KioskModule {}
