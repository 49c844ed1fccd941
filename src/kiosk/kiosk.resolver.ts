import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor, Public } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { terminalSecretOf } from '../common/terminals/index.js';
import { KioskDevicesService } from './kiosk-devices.service.js';
import { KioskHandoversService } from './kiosk-handovers.service.js';
import { CreateKioskHandoverInput, RegisterKioskDeviceInput } from './kiosk.inputs.js';
import {
  KioskDeviceEnrolmentModel,
  KioskDeviceModel,
  KioskHandoverModel,
  KioskHandoverRedemptionModel,
  KioskTerminalModel,
} from './kiosk.models.js';
import { KIOSK_STAFF_ROLES } from './kiosk-offices.js';

function deviceSecretOf(context: GraphqlContext): string | undefined {
  return terminalSecretOf(context.req);
}

@Resolver()
export class KioskResolver {
  constructor(
    private readonly devices: KioskDevicesService,
    private readonly handovers: KioskHandoversService,
  ) {}

  // ---- staff ----

  @Query(() => [KioskDeviceModel], {
    description: "The self-service terminals of the caller's office (administrators: all), newest first.",
  })
  @Authenticated(...KIOSK_STAFF_ROLES)
  async kioskDevices(@CurrentActor() actor: Actor): Promise<KioskDeviceModel[]> {
    return (await this.devices.list(actor)).map((device) => KioskDeviceModel.from(device));
  }

  @Mutation(() => KioskDeviceEnrolmentModel, {
    description: "Enrols a terminal for the caller's office; the enrolment link is shown only here.",
  })
  @Authenticated(...KIOSK_STAFF_ROLES)
  async registerKioskDevice(
    @CurrentActor() actor: Actor,
    @Args('input') input: RegisterKioskDeviceInput,
  ): Promise<KioskDeviceEnrolmentModel> {
    const { device, secret } = await this.devices.register(actor, input);
    return { device: KioskDeviceModel.from(device), enrolmentPath: `/kiosk#device=${secret}` };
  }

  @Mutation(() => KioskDeviceModel, {
    description: "Disables a terminal of the caller's office: its requests are refused (KIOSK_DEVICE_DISABLED).",
  })
  @Authenticated(...KIOSK_STAFF_ROLES)
  async disableKioskDevice(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<KioskDeviceModel> {
    return KioskDeviceModel.from(await this.devices.disable(actor, id));
  }

  // ---- the terminal (device secret in the X-Kiosk-Device header) ----

  @Query(() => KioskTerminalModel, { description: 'The terminal presenting its device secret (X-Kiosk-Device), noted as seen.' })
  @Public()
  async kioskTerminal(@Context() context: GraphqlContext): Promise<KioskTerminalModel> {
    const device = await this.devices.authenticate(deviceSecretOf(context));
    return { name: device.name, location: device.location, ...this.devices.timeouts() };
  }

  @Mutation(() => KioskHandoverModel, {
    description: "A terminal hands the step on screen over to the person's phone (code valid 10 minutes, once).",
  })
  @Public()
  async createKioskHandover(
    @Context() context: GraphqlContext,
    @Args('input') input: CreateKioskHandoverInput,
  ): Promise<KioskHandoverModel> {
    const device = await this.devices.authenticate(deviceSecretOf(context));
    const { code, expiresAt } = await this.handovers.create(device, input);
    return { code, path: `/handover/${code}`, expiresAt };
  }

  // ---- the phone ----

  @Mutation(() => KioskHandoverRedemptionModel, {
    description: 'The phone continues a handed-over step: once; a used or expired code is CONFLICT (HANDOVER_USED_OR_EXPIRED).',
  })
  @Public()
  async redeemKioskHandover(@Args('code') code: string): Promise<KioskHandoverRedemptionModel> {
    return KioskHandoverRedemptionModel.from(await this.handovers.redeem(code));
  }
}
