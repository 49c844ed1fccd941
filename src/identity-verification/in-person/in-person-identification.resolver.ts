import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators.js';
import type { Actor } from '../../common/auth/actor.js';
import { Role } from '../../common/auth/role.js';
import { BookInPersonIdentificationInput, ConfirmInPersonIdentificationInput } from '../dto/identity-verification.inputs.js';
import { InPersonIdentificationModel } from '../models/identity-verification.models.js';
import { InPersonIdentificationService } from './in-person-identification.service.js';

@Resolver()
export class InPersonIdentificationResolver {
  constructor(private readonly inPerson: InPersonIdentificationService) {}

  @Mutation(() => InPersonIdentificationModel, {
    description: 'Books an identification in person at a service point or terminal (level high); show `bookingCode` there.',
  })
  @Authenticated()
  async bookInPersonIdentification(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => BookInPersonIdentificationInput }) input: BookInPersonIdentificationInput,
  ): Promise<InPersonIdentificationModel> {
    return InPersonIdentificationModel.from(await this.inPerson.book(actor, input.servicePointId), this.inPerson.servicePoints());
  }

  @Mutation(() => InPersonIdentificationModel, { description: 'Cancels one’s own open booking of an identification in person.' })
  @Authenticated()
  async cancelInPersonIdentification(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InPersonIdentificationModel> {
    return InPersonIdentificationModel.from(await this.inPerson.cancel(actor, id), this.inPerson.servicePoints());
  }

  @Query(() => InPersonIdentificationModel, {
    description: 'Staff at a service point: the open booking with this code (NOT_FOUND when there is none).',
  })
  @Authenticated(Role.staff_citizens_office, Role.admin)
  async inPersonIdentificationByCode(
    @CurrentActor() actor: Actor,
    @Args('bookingCode', { type: () => String }) bookingCode: string,
  ): Promise<InPersonIdentificationModel> {
    return InPersonIdentificationModel.from(await this.inPerson.findForStaff(actor, bookingCode), this.inPerson.servicePoints());
  }

  @Mutation(() => InPersonIdentificationModel, {
    description:
      'Staff at a service point confirm a booking with the passport presented: the terminal checks the chip and the face; ' +
      'when both pass the person’s identity is verified at level high, otherwise the booking is rejected (see `rejectionReason`).',
  })
  @Authenticated(Role.staff_citizens_office, Role.admin)
  async confirmInPersonIdentification(
    @CurrentActor() actor: Actor,
    @Args('input', { type: () => ConfirmInPersonIdentificationInput }) input: ConfirmInPersonIdentificationInput,
  ): Promise<InPersonIdentificationModel> {
    const session = await this.inPerson.confirm(
      actor,
      input.bookingCode,
      {
        givenName: input.givenName,
        familyName: input.familyName,
        birthDate: input.birthDate,
        nationality: input.nationality,
        placeOfBirth: input.placeOfBirth ?? null,
        documentNumber: input.documentNumber,
      },
      input.personPresent,
    );
    return InPersonIdentificationModel.from(session, this.inPerson.servicePoints());
  }
}
