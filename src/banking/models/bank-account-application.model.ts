import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { friendlyFormatIBAN } from 'ibantools';
import type { ApplicationView } from '../bank-account-application.service.js';
import { BankAccountApplicationStatus } from '../entities/bank-account-application.entity.js';
import { BankDocumentRequestStatus, type BankDocumentRequest } from '../entities/bank-document-request.entity.js';
import { BankKycPackageModel } from './bank-kyc-package.model.js';
import { PartnerBankModel } from './partner-bank.model.js';

registerEnumType(BankAccountApplicationStatus, { name: 'BankAccountApplicationStatus' });
registerEnumType(BankDocumentRequestStatus, { name: 'BankDocumentRequestStatus' });

@ObjectType('BankDocumentAttachment')
export class BankDocumentAttachmentModel {
  @Field() fileName: string;
  @Field() contentType: string;
  @Field(() => Int) sizeBytes: number;
  @Field() sha256: string;
}

@ObjectType('BankDocumentRequest', { description: 'The bank asks for more documents; answer with a text and optionally one file.' })
export class BankDocumentRequestModel {
  @Field(() => ID) id: string;
  @Field() documentKind: string;
  @Field({ description: 'The bank’s message, as the bank wrote it.' }) bankMessage: string;
  @Field(() => BankDocumentRequestStatus) status: BankDocumentRequestStatus;
  @Field(() => String, { nullable: true }) answerText: string | null;
  @Field(() => BankDocumentAttachmentModel, { nullable: true }) attachment: BankDocumentAttachmentModel | null;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the answer reached the bank.' }) forwardedAt: Date | null;
  @Field() createdAt: Date;

  static from(request: BankDocumentRequest): BankDocumentRequestModel {
    return Object.assign(new BankDocumentRequestModel(), {
      id: request.id,
      documentKind: request.documentKind,
      bankMessage: request.bankMessage,
      status: request.status,
      answerText: request.answerText,
      attachment: request.attachmentSha256
        ? {
            fileName: request.attachmentFileName,
            contentType: request.attachmentContentType,
            sizeBytes: request.attachmentSizeBytes,
            sha256: request.attachmentSha256,
          }
        : null,
      answeredAt: request.answeredAt,
      forwardedAt: request.forwardedAt,
      createdAt: request.createdAt,
    });
  }
}

@ObjectType('BankAccountApplication')
export class BankAccountApplicationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) companyId: string;
  @Field(() => PartnerBankModel) bank: PartnerBankModel;
  @Field(() => BankAccountApplicationStatus) status: BankAccountApplicationStatus;
  @Field() statusChangedAt: Date;
  @Field(() => String, { nullable: true, description: 'Electronic format, set once the account is opened.' }) iban: string | null;
  @Field(() => String, { nullable: true, description: 'Grouped in fours for display.' }) ibanFormatted: string | null;
  @Field(() => String, { nullable: true }) declineReason: string | null;
  @Field() consentTextVersion: string;
  @Field() consentGivenAt: Date;
  @Field({ description: 'SHA-256 of the handed-over package (canonical JSON).' }) kycPackageSha256: string;
  @Field(() => BankKycPackageModel) kycPackage: BankKycPackageModel;
  @Field(() => Date, { nullable: true }) handedOverAt: Date | null;
  @Field(() => [BankDocumentRequestModel]) documentRequests: BankDocumentRequestModel[];
  @Field() createdAt: Date;

  static from({ application, bank, documentRequests }: ApplicationView): BankAccountApplicationModel {
    return Object.assign(new BankAccountApplicationModel(), {
      id: application.id,
      companyId: application.companyId,
      bank: PartnerBankModel.from(bank),
      status: application.status,
      statusChangedAt: application.statusChangedAt,
      iban: application.iban,
      ibanFormatted: application.iban ? friendlyFormatIBAN(application.iban) : null,
      declineReason: application.declineReason,
      consentTextVersion: application.consentTextVersion,
      consentGivenAt: application.consentGivenAt,
      kycPackageSha256: application.kycPackageSha256,
      kycPackage: BankKycPackageModel.from(application.kycPackage, application.consentTextVersion),
      handedOverAt: application.handedOverAt,
      documentRequests: documentRequests.map(BankDocumentRequestModel.from),
      createdAt: application.createdAt,
    });
  }
}
