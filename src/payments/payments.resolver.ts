import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Authenticated, CurrentActor, Public } from '../common/auth/access.decorators.js';
import type { Actor } from '../common/auth/actor.js';
import type { GraphqlContext } from '../common/graphql-context.js';
import { LiveUpdates, rereadOnEachEvent, whileSignedInAnd, type LiveEvent } from '../common/live-updates/index.js';
import { RequestContext } from '../common/context/request-context.js';
import { requestLoader } from '../common/loaders/request-loaders.js';
import { PageInput, toConnection } from '../common/pagination/connection.js';
import { STAFF_ROLES } from '../common/auth/role.js';
import { DomainException } from '../common/errors/domain.exception.js';
import { PaymentSearchInput, RefundPaymentInput, StartPaymentInput } from './dto/payments.inputs.js';
import { FeeSchedule } from './fee-schedule.js';
import { PaymentConnection, PaymentModel } from './models/payment.model.js';
import { PaymentSettingsModel } from './models/payment-settings.model.js';
import type { Payment } from './payment.entity.js';
import { isPaymentChanged, PAYMENT_CHANGED, type PaymentChanged } from './payment-live.js';
import { PaymentProviderName } from './payment-provider-name.js';
import { PaymentPurpose } from './payment-purpose.js';
import { PaymentService } from './payment.service.js';
import { PaymentTexts } from './payment-texts.js';
import { ActivePaymentProvider } from './providers/active-payment-provider.js';
import { RefundService } from './refund.service.js';
import { DEMO_SUBJECT_TYPE } from './subjects/demo-payment-subject.js';
import { PaymentSubjects } from './subjects/payment-subjects.js';

@Resolver(() => PaymentModel)
export class PaymentsResolver {
  constructor(
    private readonly payments: PaymentService,
    private readonly refunds: RefundService,
    private readonly fees: FeeSchedule,
    private readonly provider: ActivePaymentProvider,
    private readonly subjects: PaymentSubjects,
    private readonly texts: PaymentTexts,
    private readonly requestContext: RequestContext,
    private readonly live: LiveUpdates,
  ) {}

  @Query(() => PaymentSettingsModel, { description: 'The fee schedule and whether payments are live or a test.' })
  @Public()
  paymentSettings(): PaymentSettingsModel {
    return {
      fees: this.fees.all(),
      available: this.provider.name !== null,
      testMode: this.provider.name === PaymentProviderName.sandbox,
      demoSubjectType: this.subjects.has(DEMO_SUBJECT_TYPE) ? DEMO_SUBJECT_TYPE : null,
    };
  }

  @Query(() => PaymentConnection, { description: 'The signed-in person’s payments, newest first.' })
  @Authenticated()
  async myPayments(@CurrentActor() actor: Actor, @Args('page', { nullable: true }) page?: PageInput) {
    const { first, after } = page ?? new PageInput();
    const { items, hasNextPage } = await this.payments.listOwn(actor, first, after);
    return toConnection(
      items.map((payment) => this.present(actor, payment, this.payments.cursorOf(payment))),
      hasNextPage,
    );
  }

  @Query(() => PaymentConnection, { description: 'Staff: the payments of their office’s purposes (admins: all), newest first.' })
  @Authenticated(...STAFF_ROLES)
  async staffPayments(
    @CurrentActor() actor: Actor,
    @Args('search', { nullable: true }) search?: PaymentSearchInput,
    @Args('page', { nullable: true }) page?: PageInput,
  ) {
    const { first, after } = page ?? new PageInput();
    const { items, hasNextPage } = await this.payments.search(actor, search ?? {}, first, after);
    return toConnection(
      items.map((payment) => this.present(actor, payment, this.payments.cursorOf(payment))),
      hasNextPage,
    );
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The payer’s e-mail address: for the payer and the staff who handle the payment, else null.',
  })
  async payerEmail(@Parent() payment: PaymentModel, @Context() context: GraphqlContext): Promise<string | null> {
    const actor = context.req.user;
    if (!actor || !this.payments.maySeePayer(actor, payment.entity)) return null;
    // One query for every payment of the request (the staff's payment list).
    const loader = requestLoader(context.req, 'payments.payerEmail', (accountIds: readonly string[]) =>
      this.payments.payerEmailsOf(accountIds),
    );
    return loader.load(payment.entity.payerAccountId);
  }

  @Query(() => PaymentModel, { description: 'One payment: the payer’s own, or for staff one of their office’s purposes.' })
  @Authenticated()
  async payment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<PaymentModel> {
    return this.present(actor, await this.payments.get(actor, id));
  }

  @Query(() => PaymentModel, {
    nullable: true,
    description: 'The caller’s payment for one thing: the successful one, else the latest attempt.',
  })
  @Authenticated()
  async myPaymentFor(
    @CurrentActor() actor: Actor,
    @Args('purpose', { type: () => PaymentPurpose }) purpose: PaymentPurpose,
    @Args('subjectType') subjectType: string,
    @Args('subjectId') subjectId: string,
  ): Promise<PaymentModel | null> {
    const payment = await this.payments.latestFor(actor, purpose, subjectType, subjectId);
    return payment && this.present(actor, payment);
  }

  @Mutation(() => PaymentModel, { description: 'Starts paying a fee; go to `checkoutUrl` while it is pending. Idempotent per key.' })
  @Authenticated()
  async startPayment(@CurrentActor() actor: Actor, @Args('input') input: StartPaymentInput): Promise<PaymentModel> {
    return this.present(actor, await this.payments.start(actor, input));
  }

  @Mutation(() => PaymentModel, { description: 'Staff: refunds a paid fee; its status becomes `refunded` when the provider confirms.' })
  @Authenticated(...STAFF_ROLES)
  async refundPayment(@CurrentActor() actor: Actor, @Args('input') input: RefundPaymentInput): Promise<PaymentModel> {
    return this.present(actor, await this.refunds.refund(actor, input));
  }

  @Subscription(() => PaymentModel, {
    description:
      'One of my payments as its status changes (graphql-ws only), e.g. the provider confirming it after the checkout. The first event comes once registered: the payment, read again.',
    resolve: rereadOnEachEvent(async (resolver: PaymentsResolver, actor, args: { id: string }) =>
      resolver.present(actor, await resolver.payments.get(actor, args.id)),
    ),
  })
  @Authenticated()
  async paymentChanged(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphqlContext,
  ): Promise<AsyncIterableIterator<LiveEvent<PaymentChanged>>> {
    const payment = await this.payments.get(actor, id); // someone else's (or no) payment: NOT_FOUND
    // The payer's own payment only (staff read payments, they do not follow them live).
    if (payment.payerAccountId !== actor.accountId) throw DomainException.notFound();
    return this.live.events<PaymentChanged>(PAYMENT_CHANGED, {
      accepts: (payload): payload is typeof payload & PaymentChanged =>
        isPaymentChanged(payload) && payload.paymentId === payment.id && payload.payerAccountId === actor.accountId,
      stillAllowed: whileSignedInAnd(context, async () => true),
      catchUp: true,
    });
  }

  private present(actor: Actor, payment: Payment, cursor?: string): PaymentModel {
    const language = this.requestContext.language ?? actor.language;
    return PaymentModel.from(payment, { language, texts: this.texts, viewerIsPayer: payment.payerAccountId === actor.accountId, cursor });
  }
}
