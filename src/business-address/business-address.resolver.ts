import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import { Role } from '../common/auth/role.js';
import { PageInput, toConnection } from '../common/pagination/connection.js';
import { FeeSchedule, PaymentPurpose } from '../payments/index.js';
import { BusinessAddressService } from './business-address.service.js';
import { BusinessMailInboxService } from './business-mail-inbox.service.js';
import { BusinessPostalService, type CompanyBusinessAddress, type MailServiceChoice } from './business-postal.service.js';
import { BusinessMailServiceInput, CancelBusinessMailServiceInput } from './dto/business-mail-service.input.js';
import { companyAddressModel, mailItemModel, staffMailboxModel } from './models/business-address.mappers.js';
import {
  BusinessMailItemConnection,
  BusinessMailItemModel,
  CompanyBusinessAddressModel,
  StaffBusinessMailboxModel,
} from './models/business-address.models.js';
import { BusinessServicePointModel } from './models/business-service-point.model.js';

const choiceOf = (input: BusinessMailServiceInput): MailServiceChoice => ({
  allocationId: input.addressId,
  preference: input.preference,
  forwardingAddress: input.forwardingAddress,
});

@Resolver(() => CompanyBusinessAddressModel)
export class BusinessAddressResolver {
  constructor(
    private readonly addresses: BusinessAddressService,
    private readonly postal: BusinessPostalService,
    private readonly inbox: BusinessMailInboxService,
    private readonly fees: FeeSchedule,
  ) {}

  @Query(() => [BusinessServicePointModel], { description: 'The partner service points a company can get its business address at.' })
  @Authenticated()
  businessServicePoints() {
    return this.addresses.servicePoints();
  }

  @Query(() => [CompanyBusinessAddressModel], {
    description: 'The business addresses of the company’s establishments (representatives only).',
  })
  @Authenticated()
  async companyBusinessAddresses(@CurrentActor() actor: Actor, @Args('companyId', { type: () => ID }) companyId: string) {
    return (await this.postal.ofCompany(actor, companyId)).map((address) => this.toModel(address));
  }

  @Mutation(() => CompanyBusinessAddressModel, {
    description: 'Books the postal service of a business address; with a fee it is active after payment.',
  })
  @Authenticated()
  async setUpBusinessMailService(@CurrentActor() actor: Actor, @Args('input') input: BusinessMailServiceInput) {
    return this.toModel(await this.postal.setUp(actor, input.companyId, choiceOf(input)));
  }

  @Mutation(() => CompanyBusinessAddressModel, { description: 'Changes how letters are handled.' })
  @Authenticated()
  async changeBusinessMailHandling(@CurrentActor() actor: Actor, @Args('input') input: BusinessMailServiceInput) {
    return this.toModel(await this.postal.changeHandling(actor, input.companyId, choiceOf(input)));
  }

  @Mutation(() => CompanyBusinessAddressModel)
  @Authenticated()
  async cancelBusinessMailService(@CurrentActor() actor: Actor, @Args('input') input: CancelBusinessMailServiceInput) {
    return this.toModel(await this.postal.cancel(actor, input.companyId, input.addressId));
  }

  @Query(() => BusinessMailItemConnection, { description: 'Letters that arrived for the company, newest first (representatives only).' })
  @Authenticated()
  async companyMail(
    @CurrentActor() actor: Actor,
    @Args('companyId', { type: () => ID }) companyId: string,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ) {
    const { items, hasNextPage } = await this.inbox.listForCompany(actor, companyId, page?.first ?? 20, page?.after);
    return toConnection(
      items.map(({ item, mailbox }) => mailItemModel(item, mailbox)),
      hasNextPage,
    );
  }

  @Query(() => Int)
  @Authenticated()
  companyMailUnreadCount(@CurrentActor() actor: Actor, @Args('companyId', { type: () => ID }) companyId: string) {
    return this.inbox.unreadCount(actor, companyId);
  }

  @Mutation(() => BusinessMailItemModel)
  @Authenticated()
  async markBusinessMailRead(@CurrentActor() actor: Actor, @Args('itemId', { type: () => ID }) itemId: string) {
    const { item, mailbox } = await this.inbox.markRead(actor, itemId);
    return mailItemModel(item, mailbox);
  }

  @Query(() => StaffBusinessMailboxModel, {
    description: 'Staff of the service point: a mailbox as written on the envelope, e.g. `HBF-00042`.',
  })
  @Authenticated(Role.staff_economic_development, Role.admin)
  async staffBusinessMailbox(@CurrentActor() actor: Actor, @Args('mailbox') mailbox: string) {
    return staffMailboxModel(await this.inbox.lookUp(actor, mailbox));
  }

  @Mutation(() => BusinessMailItemModel, { description: 'Staff: the letter was forwarded or picked up.' })
  @Authenticated(Role.staff_economic_development, Role.admin)
  async completeBusinessMail(@CurrentActor() actor: Actor, @Args('itemId', { type: () => ID }) itemId: string) {
    const item = await this.inbox.complete(actor, itemId);
    return mailItemModel(item, await this.inbox.mailboxOfItem(item));
  }

  private toModel(address: CompanyBusinessAddress): CompanyBusinessAddressModel {
    return companyAddressModel(address, this.fees.feeFor(PaymentPurpose.business_address));
  }
}
