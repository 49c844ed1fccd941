import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EstablishmentKind, EstablishmentStatus, RepresentativeRole } from '../company-enums.js';
import { countryName } from '../company-rules.js';
import type { CompanyInvitation } from '../entities/company-invitation.entity.js';
import type { CompanyRegisterExtract } from '../entities/company-register-extract.entity.js';
import type { Company } from '../entities/company.entity.js';
import type { Establishment } from '../entities/establishment.entity.js';
import { registerExtractPath } from '../onboarding/company-journey-steps.js';
import { invitationStatus } from '../representatives.service.js';

@ObjectType('CompanyHeadOffice')
export class HeadOfficeModel {
  @Field() street: string;
  @Field() postcode: string;
  @Field() city: string;
  @Field() countryCode: string;
  @Field({ description: 'In the caller’s language.' }) countryName: string;
}

@ObjectType('Company')
export class CompanyModel {
  @Field(() => ID) id: string;
  @Field() legalName: string;
  @Field() legalForm: string;
  @Field({ description: 'Country of registration, ISO 3166-1 alpha-2.' }) countryCode: string;
  @Field({ description: 'In the caller’s language.' }) countryName: string;
  @Field(() => String, { nullable: true }) registerName: string | null;
  @Field(() => String, { nullable: true }) registerNumber: string | null;
  @Field(() => String, { nullable: true }) vatId: string | null;
  @Field(() => HeadOfficeModel) headOffice: HeadOfficeModel;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field() mainActivity: string;
  @Field() createdAt: Date;
  @Field(() => RepresentativeRole, { nullable: true, description: 'The caller’s role; null for staff.' }) myRole: RepresentativeRole | null;

  static from(row: Company, language: string, myRole: RepresentativeRole | null): CompanyModel {
    return Object.assign(new CompanyModel(), {
      id: row.id,
      legalName: row.legalName,
      legalForm: row.legalForm,
      countryCode: row.countryCode,
      countryName: countryName(row.countryCode, language),
      registerName: row.registerName,
      registerNumber: row.registerNumber,
      vatId: row.vatId,
      headOffice: {
        street: row.headOfficeStreet,
        postcode: row.headOfficePostcode,
        city: row.headOfficeCity,
        countryCode: row.headOfficeCountryCode,
        countryName: countryName(row.headOfficeCountryCode, language),
      },
      website: row.website,
      mainActivity: row.mainActivity,
      createdAt: row.createdAt,
      myRole,
    });
  }
}

@ObjectType('CompanyRepresentative')
export class RepresentativeModel {
  @Field(() => ID) accountId: string;
  @Field(() => RepresentativeRole) role: RepresentativeRole;
  @Field() since: Date;
  @Field() email: string;
  @Field(() => String, { nullable: true, description: 'From the verified identity; null until verified.' }) givenName: string | null;
  @Field(() => String, { nullable: true }) familyName: string | null;
  @Field() identityVerified: boolean;
}

@ObjectType('CompanyInvitation')
export class CompanyInvitationModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => RepresentativeRole) role: RepresentativeRole;
  @Field({ description: 'pending, accepted, revoked or expired' }) status: string;
  @Field() expiresAt: Date;
  @Field() createdAt: Date;

  static from(row: CompanyInvitation): CompanyInvitationModel {
    return Object.assign(new CompanyInvitationModel(), {
      id: row.id,
      email: row.email,
      role: row.role,
      status: invitationStatus(row),
      expiresAt: row.expiresAt,
      createdAt: row.createdAt,
    });
  }
}

@ObjectType('CompanyInvitationPreview')
export class CompanyInvitationPreviewModel {
  @Field() companyName: string;
  @Field(() => RepresentativeRole) role: RepresentativeRole;
  @Field({ description: 'pending, accepted, revoked or expired' }) status: string;
  @Field() expiresAt: Date;
}

@ObjectType('Establishment')
export class EstablishmentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) companyId: string;
  @Field(() => EstablishmentKind) kind: EstablishmentKind;
  @Field(() => EstablishmentStatus) status: EstablishmentStatus;
  @Field(() => String, { nullable: true }) servicePointCode: string | null;
  @Field(() => [String], { nullable: true, description: 'The business address (DIN 5008 lines).' }) businessAddressLines: string[] | null;
  @Field() createdAt: Date;

  static from(row: Establishment): EstablishmentModel {
    return Object.assign(new EstablishmentModel(), {
      id: row.id,
      companyId: row.companyId,
      kind: row.kind,
      status: row.status,
      servicePointCode: row.servicePointCode,
      businessAddressLines: row.businessAddressLines,
      createdAt: row.createdAt,
    });
  }
}

@ObjectType('CompanyRegisterExtract')
export class RegisterExtractModel {
  @Field() fileName: string;
  @Field() mediaType: string;
  @Field(() => Int) sizeBytes: number;
  @Field() uploadedAt: Date;
  @Field({ description: 'GET with the access token as Bearer to download the file.' }) downloadPath: string;

  static from(row: CompanyRegisterExtract): RegisterExtractModel {
    return Object.assign(new RegisterExtractModel(), {
      fileName: row.fileName,
      mediaType: row.mediaType,
      sizeBytes: row.sizeBytes,
      uploadedAt: row.uploadedAt,
      downloadPath: registerExtractPath(row.companyId),
    });
  }
}

@ObjectType('LegalFormOption')
export class LegalFormModel {
  @Field() name: string;
}
