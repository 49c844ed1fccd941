import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isStaff, type Actor } from '../common/auth/actor.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { isUuid } from '../common/ids/is-uuid.js';
import { VenuesException } from './venues.exception.js';

/** Decides which venue an actor may manage: staff any, an operator only their own (others look absent). */
@Injectable()
export class VenueAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async operatedVenueId(accountId: string): Promise<string | null> {
    const [row] = await this.dataSource.query('SELECT venue_id FROM venue_operators WHERE account_id = $1 LIMIT 1', [accountId]);
    return row?.venue_id ?? null;
  }

  /** The venue `actor` acts for: `venueId` when allowed, else the operator's own venue. */
  async managedVenueId(actor: Actor, venueId?: string | null): Promise<string> {
    if (venueId !== undefined && venueId !== null && !isUuid(venueId)) throw DomainException.notFound();
    if (isStaff(actor)) {
      if (!venueId) throw DomainException.invalidInput([{ field: 'venueId', constraint: 'isNotEmpty', messageKey: 'validation.required' }]);
      const [exists] = await this.dataSource.query('SELECT 1 FROM venues WHERE id = $1', [venueId]);
      if (!exists) throw DomainException.notFound();
      return venueId;
    }
    const own = await this.operatedVenueId(actor.accountId);
    if (!own) throw VenuesException.notAnOperator();
    if (venueId && venueId !== own) throw DomainException.notFound();
    return own;
  }
}
