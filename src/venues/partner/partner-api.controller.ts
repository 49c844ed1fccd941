import { Body, Controller, Get, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/access.decorators.js';
import { RequestContext } from '../../common/context/request-context.js';
import { isUuid } from '../../common/ids/is-uuid.js';
import { VenuesException } from '../venues.exception.js';
import { PartnerOffersService } from './partner-offers.service.js';
import { DiscountVerificationService } from './discount-verification.service.js';
import { ERROR_SCHEMA, VERIFICATION_EXAMPLES, VERIFICATION_SCHEMA } from './partner-api.examples.js';
import { PartnerKeyAuthenticator } from './partner-key-authenticator.js';

/** The partner verification API (ARCHITECTURE §6); a venue API key instead of a session. */
@ApiTags('partner')
@ApiBearerAuth('venue-api-key')
@Controller('api/partner/v1')
export class PartnerApiController {
  constructor(
    private readonly keys: PartnerKeyAuthenticator,
    private readonly verifications: DiscountVerificationService,
    private readonly offers: PartnerOffersService,
    private readonly requestContext: RequestContext,
  ) {}

  @Post('verifications')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify a scanned card code, optionally for one of your offers' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['code'],
      properties: { code: { type: 'string', maxLength: 4000 }, offerId: { type: 'string', format: 'uuid' } },
    },
    examples: { withOffer: { value: { code: 'BOP1.eyJhbGciOiJFZERTQSJ9…', offerId: '6f1c2b8e-0c55-4c4e-9a55-4d2f7b1d3a10' } } },
  })
  @ApiOkResponse({
    description: 'The verdict: predicates only.',
    content: { 'application/json': { schema: VERIFICATION_SCHEMA, examples: VERIFICATION_EXAMPLES } },
  })
  @ApiResponse({ status: 400, description: 'Malformed request, or an offer that is not yours.', schema: ERROR_SCHEMA })
  @ApiResponse({ status: 401, description: 'Missing, unknown or revoked API key.', schema: ERROR_SCHEMA })
  @ApiResponse({ status: 429, description: 'Over the key’s rate limit; see Retry-After.', schema: ERROR_SCHEMA })
  async verify(@Headers('authorization') authorization: string | undefined, @Body() body: unknown) {
    const caller = await this.keys.authenticate(authorization);
    const { code, offerId } = (body ?? {}) as { code?: unknown; offerId?: unknown };
    if (typeof code !== 'string' || code.length === 0 || code.length > 4000) throw VenuesException.malformed('code');
    if (offerId !== undefined && offerId !== null && !isUuid(offerId)) throw VenuesException.malformed('offerId');
    return this.verifications.verify(caller.venueId, code, offerId, {
      channel: 'api',
      apiKeyId: caller.keyId,
      language: this.requestContext.language ?? 'de',
    });
  }

  @Get('offers')
  @Public()
  @ApiOperation({ summary: 'Your venue’s offers' })
  @ApiResponse({ status: 401, description: 'Missing, unknown or revoked API key.', schema: ERROR_SCHEMA })
  async list(@Headers('authorization') authorization: string | undefined) {
    const caller = await this.keys.authenticate(authorization);
    return { offers: await this.offers.offersOf(caller.venueId) };
  }
}
