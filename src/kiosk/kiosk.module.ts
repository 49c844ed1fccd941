import { Module } from '@nestjs/common';
import { Terminals } from '../common/terminals/index.js';
import { KioskDevicesService } from './kiosk-devices.service.js';
import { KioskHandoversService } from './kiosk-handovers.service.js';
import { KioskTerminals } from './kiosk-terminals.js';
import { KIOSK_RESOLVERS } from './kiosk.resolvers.js';

/** Self-service terminals in local centres: enrolment by staff, the terminal's own requests, the phone hand-over. */
@Module({
  providers: [KioskDevicesService, KioskHandoversService, { provide: Terminals, useClass: KioskTerminals }, ...KIOSK_RESOLVERS],
  // Other domains (a terminal's "call staff") and the live sockets recognise terminals through the port.
  exports: [Terminals],
})
export class KioskModule {}
