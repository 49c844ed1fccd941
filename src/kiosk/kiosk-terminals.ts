import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Terminals, type Terminal } from '../common/terminals/index.js';
import { KioskDevicesService } from './kiosk-devices.service.js';

/** The kiosk domain's side of the Terminals port: enrolled, enabled devices. */
@Injectable()
export class KioskTerminals extends Terminals {
  constructor(
    private readonly devices: KioskDevicesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super();
  }

  async authenticate(secret: string | undefined): Promise<Terminal> {
    const device = await this.devices.authenticate(secret);
    return { deviceId: device.id, name: device.name, location: device.location };
  }

  async describe(deviceId: string): Promise<Terminal | null> {
    const rows: { id: string; name: string; location: string }[] = await this.dataSource.query(
      `SELECT id, name, location FROM kiosk_devices WHERE id = $1`,
      [deviceId],
    );
    return rows[0] ? { deviceId: rows[0].id, name: rows[0].name, location: rows[0].location } : null;
  }

  async stillEnabled(deviceId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM kiosk_devices WHERE id = $1 AND disabled_at IS NULL`, [deviceId]);
    return rows.length > 0;
  }
}
