import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentActor } from '../common/auth/access.decorators.js';
import { RequestContext } from '../common/context/request-context.js';
import type { Actor } from '../common/auth/actor.js';
import { AnswerTradeRegistrationInput, StartTradeRegistrationInput, TradeRegistrationFormInput } from './dto/trade-registration.inputs.js';
import { TradeRegistrationModel } from './models/trade-registration.model.js';
import { WzCodeSuggestionModel, WzEditionModel } from './models/wz-code.model.js';
import { TradeRegistrationService } from './trade-registration.service.js';
import { WzCatalogue } from './wz/wz-catalogue.service.js';
import { explanationIn } from './wz/wz-keywords.js';

@Resolver(() => TradeRegistrationModel)
export class TradeRegistrationResolver {
  constructor(
    private readonly registrations: TradeRegistrationService,
    private readonly catalogue: WzCatalogue,
    private readonly requestContext: RequestContext,
  ) {}

  @Query(() => [WzCodeSuggestionModel], {
    description:
      'WZ codes for what was typed: official German titles and keywords of common kinds of business in many languages, accent- and case-insensitive; exact code, keyword, title prefix, word prefix, substring; subclasses first.',
  })
  @Authenticated()
  async wzCodeSuggestions(
    @Args('query') query: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
  ): Promise<WzCodeSuggestionModel[]> {
    const hits = await this.catalogue.suggestions(query.slice(0, 200), Math.min(Math.max(first, 1), 50));
    const language = this.requestContext.language ?? 'de';
    return hits.map(({ code, title, level, parentCode, kind, keyword }) => {
      const explanation = kind ? explanationIn(kind, language) : null;
      return {
        code,
        title,
        level,
        parentCode,
        selectable: level === 5,
        explanation: explanation?.text ?? null,
        explanationLanguage: explanation?.language ?? null,
        matchedKeyword: keyword,
      };
    });
  }

  @Query(() => WzEditionModel, { description: 'The WZ edition the form uses now.' })
  @Authenticated()
  async currentWzEdition(): Promise<WzEditionModel> {
    return this.catalogue.edition();
  }

  @Query(() => [TradeRegistrationModel], { description: 'Representatives: the company’s trade registrations, newest first.' })
  @Authenticated()
  async tradeRegistrations(@CurrentActor() actor: Actor, @Args('companyId', { type: () => ID }) companyId: string) {
    return (await this.registrations.listFor(actor, companyId)).map(TradeRegistrationModel.from);
  }

  @Query(() => TradeRegistrationModel)
  @Authenticated()
  async tradeRegistration(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return TradeRegistrationModel.from(await this.registrations.get(actor, id));
  }

  @Mutation(() => TradeRegistrationModel, { description: 'The establishment’s open registration, or a new draft.' })
  @Authenticated()
  async startTradeRegistration(@CurrentActor() actor: Actor, @Args('input') input: StartTradeRegistrationInput) {
    return TradeRegistrationModel.from(await this.registrations.start(actor, input.companyId, input.establishmentId));
  }

  @Mutation(() => TradeRegistrationModel, { description: 'Saves the draft; refuses what the trade office would refuse, field by field.' })
  @Authenticated()
  async updateTradeRegistration(@CurrentActor() actor: Actor, @Args('input') input: TradeRegistrationFormInput) {
    return TradeRegistrationModel.from(await this.registrations.update(actor, input));
  }

  @Mutation(() => TradeRegistrationModel, { description: 'Submits the draft (assurance substantial or high); then pay the fee.' })
  @Authenticated()
  async submitTradeRegistration(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return TradeRegistrationModel.from(await this.registrations.submit(actor, id));
  }

  @Mutation(() => TradeRegistrationModel, {
    description: 'Answers the office’s request for information (the form may be corrected) and resubmits.',
  })
  @Authenticated()
  async answerTradeRegistrationInfoRequest(@CurrentActor() actor: Actor, @Args('input') input: AnswerTradeRegistrationInput) {
    return TradeRegistrationModel.from(await this.registrations.answerInfoRequest(actor, input));
  }
}
