import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TRADE_REGISTRATION_SUBJECT } from '../trade-registration-case-kind.js';
import { confirmationUrl } from '../trade-registration-onboarding.js';
import { BusinessScope, EstablishmentKindOfTrade, TradeRegistrationStatus } from '../trade-registration-status.js';
import type { TradeRegistrationView } from '../trade-registration.service.js';

@ObjectType('TradePermit')
export class TradePermitModel {
  @Field() kind: string;
  @Field() authority: string;
  @Field({ description: 'YYYY-MM-DD' }) issuedOn: string;
}

@ObjectType('TradeHeadOffice')
export class TradeHeadOfficeModel {
  @Field() street: string;
  @Field() postcode: string;
  @Field() city: string;
  @Field() countryCode: string;
}

@ObjectType('TradeOperator', { description: 'The company as registered abroad (from the company profile, not typed on the form).' })
export class TradeOperatorModel {
  @Field() legalName: string;
  @Field() legalForm: string;
  @Field() countryCode: string;
  @Field(() => String, { nullable: true }) registerName: string | null;
  @Field(() => String, { nullable: true }) registerNumber: string | null;
  @Field(() => TradeHeadOfficeModel) headOffice: TradeHeadOfficeModel;
}

@ObjectType('TradePerson', { description: 'A representative as verified (eID or video identification).' })
export class TradePersonModel {
  @Field(() => ID) accountId: string;
  @Field() role: string;
  @Field() givenName: string;
  @Field() familyName: string;
  @Field() birthDate: string;
  @Field() nationality: string;
  @Field(() => String, { nullable: true }) placeOfBirth: string | null;
}

@ObjectType('TradeRegistration', {
  description: 'Form GewA1 of an establishment; pay `feeCents` for `paymentSubjectType`/`id` when submitted.',
})
export class TradeRegistrationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) companyId: string;
  @Field(() => ID) establishmentId: string;
  @Field(() => TradeRegistrationStatus) status: TradeRegistrationStatus;
  @Field(() => EstablishmentKindOfTrade, { nullable: true }) establishmentKind: EstablishmentKindOfTrade | null;
  @Field() activityDescription: string;
  @Field(() => String, { nullable: true }) wzCode: string | null;
  @Field(() => String, { nullable: true }) wzTitle: string | null;
  @Field(() => String, { nullable: true }) wzEdition: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startDate: string | null;
  @Field(() => BusinessScope, { nullable: true }) businessScope: BusinessScope | null;
  @Field(() => Int) employeesFullTime: number;
  @Field(() => Int) employeesPartTime: number;
  @Field(() => [TradePermitModel], { description: 'Empty: no permit required.' }) permits: TradePermitModel[];
  @Field(() => TradeOperatorModel) operator: TradeOperatorModel;
  @Field(() => [TradePersonModel]) persons: TradePersonModel[];
  @Field(() => [String]) businessAddressLines: string[];
  @Field(() => Int) feeCents: number;
  @Field({ description: 'The subject type to pass to startPayment.' }) paymentSubjectType: string;
  @Field(() => String, { nullable: true }) registrationNumber: string | null;
  @Field(() => String, { nullable: true, description: 'The confirmation PDF, once registered.' }) confirmationUrl: string | null;
  @Field(() => String, { nullable: true }) rejectionReason: string | null;
  @Field(() => String, { nullable: true }) decisionMessage: string | null;
  @Field(() => String, { nullable: true, description: 'The office’s question while info_requested.' }) infoRequest: string | null;
  @Field(() => String, { nullable: true }) applicantAnswer: string | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true }) paidAt: Date | null;
  @Field(() => Date, { nullable: true }) registeredAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;

  static from(view: TradeRegistrationView): TradeRegistrationModel {
    const { registration: r, operator, persons, businessAddressLines } = view;
    return Object.assign(new TradeRegistrationModel(), {
      id: r.id,
      companyId: r.companyId,
      establishmentId: r.establishmentId,
      status: r.status,
      establishmentKind: r.establishmentKind,
      activityDescription: r.activityDescription,
      wzCode: r.wzCode,
      wzTitle: r.wzTitle,
      wzEdition: r.wzEdition,
      startDate: r.startDate,
      businessScope: r.businessScope,
      employeesFullTime: r.employeesFullTime,
      employeesPartTime: r.employeesPartTime,
      permits: r.permits,
      operator,
      persons,
      businessAddressLines,
      feeCents: r.feeCents,
      paymentSubjectType: TRADE_REGISTRATION_SUBJECT,
      registrationNumber: r.registrationNumber,
      confirmationUrl: r.registrationNumber ? confirmationUrl(r.id) : null,
      rejectionReason: r.rejectionReason,
      decisionMessage: r.decisionMessage,
      infoRequest: r.infoRequest,
      applicantAnswer: r.applicantAnswer,
      submittedAt: r.submittedAt,
      paidAt: r.paidAt,
      registeredAt: r.registeredAt,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    });
  }
}
