import { Injectable } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';
import { StatementBatch } from '../../common/loaders/statement-batch.js';

export enum OnboardingStep {
  account = 'account',
  identity = 'identity',
  company = 'company',
  establishment = 'establishment',
  trade_registration = 'trade_registration',
  business_address = 'business_address',
  bank_account = 'bank_account',
  signature_certificate = 'signature_certificate',
  done = 'done',
}

/** The steps in the order the journey shows them. */
export const ONBOARDING_STEP_ORDER: readonly OnboardingStep[] = Object.values(OnboardingStep);

export type OnboardingStepStatus = 'not_started' | 'in_progress' | 'action_required' | 'waiting_for_office' | 'done' | 'not_available';

export enum OnboardingStepStatusValue {
  not_started = 'not_started',
  in_progress = 'in_progress',
  action_required = 'action_required',
  waiting_for_office = 'waiting_for_office',
  done = 'done',
  not_available = 'not_available',
}

registerEnumType(OnboardingStep, { name: 'OnboardingStep', description: 'A step of the company onboarding journey.' });
registerEnumType(OnboardingStepStatusValue, {
  name: 'OnboardingStepStatus',
  description: 'not_available: no part of the platform offers this step yet.',
});

export interface OnboardingStepState {
  status: OnboardingStepStatus;
  updatedAt?: Date | null;
  /** i18n key with namespace, e.g. 'trade-registration:journey.payFee' */
  detailKey?: string;
  /** client path of the page for this step, e.g. `/company/${companyId}/trade-registration` */
  link?: string;
  documents?: { labelKey: string; url: string }[];
}

export interface OnboardingStepContext {
  companyId: string;
  accountId: string;
}

/**
 * A domain's journey step. `states` answers for many journeys at once (in the order of `contexts`):
 * it reads through `batch` (its own tables, or other domains' batched public reads), queuing its
 * reads at once, so every step's reads go to the database together as ONE statement however many
 * journeys and steps there are: the staff list resolves a whole page that way, the dashboard its one journey.
 */
export interface OnboardingStepProvider {
  states(contexts: readonly OnboardingStepContext[], batch: StatementBatch): Promise<OnboardingStepState[]>;
}

/** The distinct non-empty company ids of `contexts` (the start page asks without a company). */
export const companyIdsOf = (contexts: readonly OnboardingStepContext[]): string[] => [
  ...new Set(contexts.map(({ companyId }) => companyId).filter((companyId) => companyId !== '')),
];

export interface ResolvedOnboardingStep extends OnboardingStepState {
  step: OnboardingStep;
}

/** The registry each domain adds its journey step to (in its onModuleInit). `done` is derived, never registered. */
@Injectable()
export class OnboardingSteps {
  private readonly providers = new Map<OnboardingStep, OnboardingStepProvider>();

  register(step: OnboardingStep, provider: OnboardingStepProvider): void {
    if (step === OnboardingStep.done) throw new Error('The done step is derived from the others');
    if (this.providers.has(step)) throw new Error(`Onboarding step ${step} has a provider already`);
    this.providers.set(step, provider);
  }

  has(step: OnboardingStep): boolean {
    return this.providers.has(step);
  }

  /**
   * Every step's state in journey order. `done` is derived: done when every other step that some
   * part of the platform offers is done (steps without a provider are `not_available` and do not block).
   */
  async resolve(
    context: OnboardingStepContext,
    manager: EntityManager,
    steps: readonly OnboardingStep[] = ONBOARDING_STEP_ORDER,
  ): Promise<ResolvedOnboardingStep[]> {
    return (await this.resolveMany([context], manager, steps))[0];
  }

  /** `resolve` for many journeys: each step's provider is asked once for all of them; their reads make one statement. */
  async resolveMany(
    contexts: readonly OnboardingStepContext[],
    manager: EntityManager,
    steps: readonly OnboardingStep[] = ONBOARDING_STEP_ORDER,
  ): Promise<ResolvedOnboardingStep[][]> {
    if (contexts.length === 0) return [];
    const asked = steps.filter((step) => step !== OnboardingStep.done);
    const batch = new StatementBatch(manager);
    const ask = async (step: OnboardingStep): Promise<OnboardingStepState[]> => {
      const provider = this.providers.get(step);
      if (!provider) return contexts.map(() => ({ status: 'not_available' as const }));
      const states = await provider.states(contexts, batch);
      if (states.length !== contexts.length)
        throw new Error(`Onboarding step ${step} answered ${states.length} of ${contexts.length} journeys`);
      return states;
    };
    // All at once: their reads are queued in the same turn and sent as one statement (also inside a transaction).
    const answers = await Promise.all(asked.map(ask));
    return contexts.map((_, index) => {
      const resolved: ResolvedOnboardingStep[] = asked.map((step, position) => ({ step, ...answers[position][index] }));
      if (steps.includes(OnboardingStep.done)) {
        const offered = resolved.filter((step) => step.status !== 'not_available');
        const finished = offered.length > 0 && offered.every((step) => step.status === 'done');
        const updatedAt = finished ? new Date(Math.max(...offered.map((step) => step.updatedAt?.getTime() ?? 0))) : null;
        resolved.push({
          step: OnboardingStep.done,
          status: finished ? 'done' : 'not_started',
          updatedAt: updatedAt && updatedAt.getTime() > 0 ? updatedAt : null,
        });
      }
      return resolved;
    });
  }
}
