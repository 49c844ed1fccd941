import { Injectable } from '@nestjs/common';
import { CardCodeVerifier } from '../../cards/index.js';
import type { CardVerdict } from '../../../packages/card-verifier/src/index.js';

/** The cards' verification core as venues use it: the venue is an accepted key-binding audience. */
@Injectable()
export class VerifierProvider {
  constructor(private readonly cards: CardCodeVerifier) {}

  verify(code: string, options: { now: number; requiredCategories?: readonly string[]; venueId: string }): Promise<CardVerdict> {
    return this.cards.verify(code, { now: options.now, requiredCategories: options.requiredCategories, audiences: [options.venueId] });
  }
}
