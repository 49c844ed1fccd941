import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor.js';
import { AppointmentBooking, AppointmentChannel, AppointmentStatus } from './appointments.entities.js';

/** What another domain (video rooms) may know about a booked video appointment. */
export interface JoinableVideoBooking {
  bookingId: string;
  startsAt: Date;
  endsAt: Date;
  staffAccountId: string;
  bookerAccountId: string;
}

/** Read-only access to bookings for other domains. */
@Injectable()
export class AppointmentAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A booked video appointment the actor takes part in (as its booker or its staff member); null for
   * anyone else, for an in-person, cancelled or unknown booking. Whether it is time to join is the caller's rule.
   */
  async findJoinableVideoBooking(actor: Actor, bookingId: string): Promise<JoinableVideoBooking | null> {
    if (!/^[0-9a-f-]{36}$/i.test(bookingId)) return null;
    const booking = await this.dataSource.manager.findOneBy(AppointmentBooking, {
      id: bookingId,
      status: AppointmentStatus.booked,
      channel: AppointmentChannel.video,
    });
    if (!booking || (booking.bookerAccountId !== actor.accountId && booking.staffAccountId !== actor.accountId)) return null;
    return {
      bookingId: booking.id,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      staffAccountId: booking.staffAccountId,
      bookerAccountId: booking.bookerAccountId,
    };
  }
}
