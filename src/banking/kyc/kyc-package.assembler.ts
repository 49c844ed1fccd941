import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CompanyDirectory } from '../../companies/index.js';
import { VerifiedIdentities } from '../../identity-verification/index.js';
import { TradeRegistrationDirectory } from '../../trade-registration/index.js';
import { BankingException } from '../banking.exception.js';
import type { KycPackageSnapshot } from '../entities/bank-account-application.entity.js';

/** Version of the consent text the client shows (locales/*\/banking.json `consent`); stored with each consent. */
export const KYC_CONSENT_TEXT_VERSION = 'bank-kyc-consent-v1';

const HANDED_OVER_TRADE_STATUSES = new Set(['submitted', 'paid', 'registered', 'info_requested']);

/**
 * The KYC package a bank receives: exactly the company's own data, its register extract (metadata
 * and hash), its representatives' verified identities, and its latest trade registration.
 */
@Injectable()
export class KycPackageAssembler {
  constructor(
    private readonly companies: CompanyDirectory,
    private readonly identities: VerifiedIdentities,
    private readonly tradeRegistrations: TradeRegistrationDirectory,
  ) {}

  async assemble(companyId: string, manager: EntityManager): Promise<KycPackageSnapshot> {
    const profile = await this.companies.profile(companyId, manager);
    const extract = await this.companies.registerExtract(companyId, manager);
    const representatives = await this.companies.representatives(companyId, manager);
    const identities = await this.identities.ofMany(
      representatives.map((representative) => representative.accountId),
      manager,
    );
    if (representatives.length === 0 || representatives.some((representative) => !identities.has(representative.accountId))) {
      throw BankingException.identitiesMissing();
    }
    const trade = await this.tradeRegistrations.latestFor(companyId, manager);
    if (!trade || trade.companyId !== companyId || !HANDED_OVER_TRADE_STATUSES.has(trade.status))
      throw BankingException.tradeRegistrationMissing();
    return {
      version: 1,
      company: {
        id: profile.id,
        legalName: profile.legalName,
        legalForm: profile.legalForm,
        countryCode: profile.countryCode,
        registerName: profile.registerName,
        registerNumber: profile.registerNumber,
        vatId: profile.vatId,
        headOffice: { ...profile.headOffice },
        website: profile.website,
        mainActivity: profile.mainActivity,
      },
      registerExtract: extract
        ? { fileName: extract.fileName, contentType: extract.contentType, sizeBytes: extract.sizeBytes, sha256: extract.sha256 }
        : null,
      representatives: representatives.map((representative) => {
        const identity = identities.get(representative.accountId)!;
        return {
          role: representative.role,
          since: representative.since.toISOString(),
          givenName: identity.givenName,
          familyName: identity.familyName,
          birthDate: identity.birthDate,
          nationality: identity.nationality,
          placeOfBirth: identity.placeOfBirth,
          assuranceLevel: identity.level,
          verificationMethod: identity.method,
          verifiedAt: identity.verifiedAt.toISOString(),
        };
      }),
      tradeRegistration: {
        id: trade.id,
        status: trade.status,
        registrationNumber: trade.registrationNumber,
        wzCode: trade.wzCode,
        wzTitle: trade.wzTitle,
        activityDescription: trade.activityDescription,
        startDate: trade.startDate,
        submittedAt: trade.submittedAt?.toISOString() ?? null,
        registeredAt: trade.registeredAt?.toISOString() ?? null,
      },
      assembledAt: new Date().toISOString(),
    };
  }
}
