import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomUUID } from 'node:crypto';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { CardVerdict, CardVerificationReason } from '../../../packages/card-verifier/src/index.js';
import { Translator } from '../../common/i18n/translator.js';
import { berlinToday, OfferCatalog, offerRunsOn, type CatalogOffer } from '../offer-catalog.js';
import { offerText } from '../offer-texts.js';
import { VenuesException } from '../venues.exception.js';
import { PresentationMemory } from './presentation-memory.js';
import { VerificationLogWriter, type VerificationLogRow } from './verification-log.writer.js';
import { VerifierProvider } from './verifier-provider.js';

/** From the third use of one printed card at one venue on one (Berlin) day, the answer flags it. */
export const PRINTED_CARD_USES_FLAGGED_FROM = 3;

/**
 * ARCHITECTURE §6: predicates only, plus `repeatedPresentation`; for a printed card also the name
 * (printed on it anyway) to compare with a photo ID, and how often it was used here today.
 */
export interface DiscountVerification {
  verificationId: string;
  valid: boolean;
  eligible: boolean;
  reason: CardVerificationReason | null;
  card: { status: string; validUntil: string; categories: string[] } | null;
  offer: { id: string; title: string; titleLanguage: string; discountPercent: number | null; fixedPriceCents: number | null } | null;
  repeatedPresentation: boolean;
  /** `phone`: a live code with device key binding; `printed`: the printed card; null when refused. */
  presentation: 'phone' | 'printed' | null;
  /** Only for a valid printed card: the name to compare with a photo ID. */
  holderName: string | null;
  /** For a printed card: "printed card: compare the name with a photo ID", in the caller's language. */
  notice: string | null;
  /** For a printed card: its uses at this venue today, this one included. */
  printedCardUsesToday: number | null;
}

export interface VerificationContext {
  channel: VerificationLogRow['channel'];
  apiKeyId: string | null;
  language: string;
  verificationId?: string;
  now?: Date;
}

/** The verdict for a venue (REST, GraphQL and the scan page's offline log share it), logged (committed) before it is answered. */
@Injectable()
export class DiscountVerificationService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly verifiers: VerifierProvider,
    private readonly offers: OfferCatalog,
    private readonly presentations: PresentationMemory,
    private readonly log: VerificationLogWriter,
    private readonly translator: Translator,
  ) {}

  async verify(
    venueId: string,
    code: string,
    offerId: string | null | undefined,
    context: VerificationContext,
  ): Promise<DiscountVerification> {
    const now = context.now ?? new Date();
    const offer = offerId ? await this.offers.offer(venueId, offerId) : undefined;
    if (offerId && !offer) throw VenuesException.unknownOffer();
    const requiredCategories = offer ? (offerRunsOn(offer, berlinToday(now)) ? offer.categories : []) : undefined;
    const verdict = await this.verifiers.verify(code, { now: now.getTime(), requiredCategories, venueId });
    const digest = verdict.presentationSignature ? createHash('sha256').update(verdict.presentationSignature).digest('base64url') : null;
    const printed = verdict.valid && verdict.presentation === 'static';
    // A printed card shows the same code every time: count its uses here today instead.
    const printedCardUsesToday = printed && digest ? (await this.log.usesOnDay(venueId, digest, now)) + 1 : null;
    // A live code is remembered at the venue to flag it when shown again (not from the offline log).
    const remember = digest !== null && printedCardUsesToday === null && context.channel !== 'offline';
    const rememberWithLog = remember ? this.presentations.rememberWithLog(now.getTime()) : null;
    let repeatedPresentation =
      printedCardUsesToday !== null
        ? printedCardUsesToday >= PRINTED_CARD_USES_FLAGGED_FROM
        : remember && !rememberWithLog && (await this.presentations.seenBefore(venueId, digest, now.getTime()));
    const verificationId = context.verificationId ?? randomUUID();
    // Durable before the answer: a verification the venue was told about is in the log (with the
    // code remembered in the same statement, which decides `repeatedPresentation`).
    repeatedPresentation = await this.log.append(
      {
        id: verificationId,
        venueId,
        offerId: offer?.id ?? null,
        apiKeyId: context.apiKeyId,
        channel: context.channel,
        valid: verdict.valid,
        eligible: verdict.eligible,
        reason: verdict.reason,
        cardPseudonym: verdict.card ? this.pseudonym(venueId, verdict.card.id) : null,
        categories: verdict.card?.categories ?? [],
        presentationDigest: digest,
        repeatedPresentation,
        verifiedAt: now,
      },
      rememberWithLog,
    );
    return {
      verificationId,
      valid: verdict.valid,
      eligible: verdict.eligible,
      reason: verdict.reason,
      card: predicatesOf(verdict.card),
      offer: offer
        ? {
            id: offer.id,
            ...titleFor(offer, context.language),
            discountPercent: offer.discountPercent,
            fixedPriceCents: offer.fixedPriceCents,
          }
        : null,
      repeatedPresentation,
      presentation: verdict.presentation === 'device' ? 'phone' : verdict.presentation === 'static' ? 'printed' : null,
      holderName: printed ? verdict.holderName : null,
      notice: printed ? this.translator.t(context.language, 'venues:scan.printedCard') : null,
      printedCardUsesToday,
    };
  }

  /** Lets a venue count unique visitors without being able to name them or match them with other venues. */
  private pseudonym(venueId: string, cardId: string): string {
    return createHmac('sha256', `${this.config.venues.pseudonymSecret}:${venueId}`).update(cardId).digest('base64url');
  }
}

/** The offer's title in the caller's language, or the German one, and which of the two it is. */
function titleFor(offer: CatalogOffer, language: string): { title: string; titleLanguage: string } {
  const title = offerText(offer, 'title', language);
  return { title: title.text, titleLanguage: title.language };
}

function predicatesOf(card: CardVerdict['card']): DiscountVerification['card'] {
  return card && { status: card.status, validUntil: card.validUntil, categories: card.categories };
}
