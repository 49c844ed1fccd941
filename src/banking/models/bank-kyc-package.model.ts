import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { KycPackageSnapshot } from '../entities/bank-account-application.entity.js';
import { kycContentSha256 } from '../kyc/canonical-json.js';

@ObjectType('BankKycAddress')
export class BankKycAddressModel {
  @Field() street: string;
  @Field() postcode: string;
  @Field() city: string;
  @Field() countryCode: string;
}

@ObjectType('BankKycCompany')
export class BankKycCompanyModel {
  @Field() legalName: string;
  @Field() legalForm: string;
  @Field() countryCode: string;
  @Field(() => String, { nullable: true }) registerName: string | null;
  @Field(() => String, { nullable: true }) registerNumber: string | null;
  @Field(() => String, { nullable: true }) vatId: string | null;
  @Field(() => BankKycAddressModel) headOffice: BankKycAddressModel;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field() mainActivity: string;
}

@ObjectType('BankKycRegisterExtract', { description: 'Only metadata and the SHA-256 of the file.' })
export class BankKycRegisterExtractModel {
  @Field() fileName: string;
  @Field() contentType: string;
  @Field(() => Int) sizeBytes: number;
  @Field() sha256: string;
}

@ObjectType('BankKycRepresentative')
export class BankKycRepresentativeModel {
  @Field() role: string;
  @Field() givenName: string;
  @Field() familyName: string;
  @Field() birthDate: string;
  @Field() nationality: string;
  @Field(() => String, { nullable: true }) placeOfBirth: string | null;
  @Field() assuranceLevel: string;
  @Field() verificationMethod: string;
  @Field() verifiedAt: string;
}

@ObjectType('BankKycTradeRegistration')
export class BankKycTradeRegistrationModel {
  @Field() status: string;
  @Field(() => String, { nullable: true }) registrationNumber: string | null;
  @Field() wzCode: string;
  @Field() wzTitle: string;
  @Field() activityDescription: string;
  @Field() startDate: string;
}

@ObjectType('BankKycPackage', { description: 'Exactly what is handed over to the bank.' })
export class BankKycPackageModel {
  @Field({ description: 'Version of the consent text shown with this package.' }) consentTextVersion: string;
  @Field({ description: 'SHA-256 of the content (without the assembly time); pass it to applyForBankAccount as packageSha256.' })
  contentSha256: string;
  @Field(() => BankKycCompanyModel) company: BankKycCompanyModel;
  @Field(() => BankKycRegisterExtractModel, { nullable: true }) registerExtract: BankKycRegisterExtractModel | null;
  @Field(() => [BankKycRepresentativeModel]) representatives: BankKycRepresentativeModel[];
  @Field(() => BankKycTradeRegistrationModel) tradeRegistration: BankKycTradeRegistrationModel;

  static from(snapshot: KycPackageSnapshot, consentTextVersion: string): BankKycPackageModel {
    return Object.assign(new BankKycPackageModel(), {
      consentTextVersion,
      contentSha256: kycContentSha256(snapshot),
      company: snapshot.company as unknown as BankKycCompanyModel,
      registerExtract: snapshot.registerExtract,
      representatives: snapshot.representatives as unknown as BankKycRepresentativeModel[],
      tradeRegistration: snapshot.tradeRegistration as unknown as BankKycTradeRegistrationModel,
    });
  }
}
