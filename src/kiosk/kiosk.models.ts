import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { District } from '../addresses/index.js';
import type { KioskDevice } from './kiosk-device.entity.js';
import { KioskHandoverStep, KioskOffice } from './kiosk-enums.js';
import type { RedeemedHandover } from './kiosk-handovers.service.js';

@ObjectType('KioskDevice', { description: 'A self-service terminal, as its office sees it.' })
export class KioskDeviceModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() location: string;
  @Field(() => District) district: District;
  @Field(() => KioskOffice) office: KioskOffice;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When staff disabled it; a disabled terminal serves nobody.' })
  disabledAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'The last request of the terminal.' })
  lastSeenAt: Date | null;

  static from(device: KioskDevice): KioskDeviceModel {
    return {
      id: device.id,
      name: device.name,
      location: device.location,
      district: device.district as District,
      office: device.office,
      createdAt: device.createdAt,
      disabledAt: device.disabledAt,
      lastSeenAt: device.lastSeenAt,
    };
  }
}

@ObjectType('KioskDeviceEnrolment', { description: 'A terminal just enrolled, with its enrolment link (shown once).' })
export class KioskDeviceEnrolmentModel {
  @Field(() => KioskDeviceModel) device: KioskDeviceModel;
  @Field({
    description:
      "Start the terminal's browser on this path of the platform; it holds the device secret (in the fragment, never sent in request lines).",
  })
  enrolmentPath: string;
}

@ObjectType('KioskTerminal', { description: 'What a terminal needs to know about itself.' })
export class KioskTerminalModel {
  @Field() name: string;
  @Field() location: string;
  @Field(() => Int, { description: 'Seconds without input before the warning.' }) idleSeconds: number;
  @Field(() => Int, { description: 'Seconds the warning stays before everything is wiped.' }) warningSeconds: number;
}

@ObjectType('KioskHandover', { description: "A code that continues the step on the person's own phone (shown once, as a QR code)." })
export class KioskHandoverModel {
  @Field() code: string;
  @Field({ description: 'The path the phone opens: /handover/<code>.' }) path: string;
  @Field() expiresAt: Date;
}

@ObjectType('KioskHandoverRedemption', { description: 'The step handed over and its draft, given out once.' })
export class KioskHandoverRedemptionModel {
  @Field(() => KioskHandoverStep) step: KioskHandoverStep;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) preferredLanguage: string | null;
  @Field(() => String, { nullable: true }) articleId: string | null;

  static from(redeemed: RedeemedHandover): KioskHandoverRedemptionModel {
    return {
      step: redeemed.step,
      email: redeemed.draft.email ?? null,
      preferredLanguage: redeemed.draft.preferredLanguage ?? null,
      articleId: redeemed.draft.articleId ?? null,
    };
  }
}
