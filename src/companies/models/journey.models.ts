import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection.js';
import { JourneyStateFilter } from '../dto/company.inputs.js';
import type { JourneyView } from '../onboarding/onboarding-journey.service.js';
import { OnboardingStep, OnboardingStepStatusValue, type ResolvedOnboardingStep } from '../onboarding/onboarding-steps.js';

registerEnumType(JourneyStateFilter, {
  name: 'OnboardingJourneyState',
  description: 'stuck: no activity, or a step waiting, for longer than the configured hours.',
});

@ObjectType('OnboardingStepDocument')
export class OnboardingStepDocumentModel {
  @Field({ description: 'i18n key with namespace.' }) labelKey: string;
  @Field() url: string;
}

@ObjectType('OnboardingStepState')
export class OnboardingStepModel {
  @Field(() => OnboardingStep) step: OnboardingStep;
  @Field(() => OnboardingStepStatusValue) status: OnboardingStepStatusValue;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'i18n key with namespace.' }) detailKey: string | null;
  @Field(() => String, { nullable: true, description: 'Client path of the step’s page.' }) link: string | null;
  @Field(() => [OnboardingStepDocumentModel]) documents: OnboardingStepDocumentModel[];

  static from(step: ResolvedOnboardingStep): OnboardingStepModel {
    return Object.assign(new OnboardingStepModel(), {
      step: step.step,
      status: step.status as OnboardingStepStatusValue,
      updatedAt: step.updatedAt ?? null,
      detailKey: step.detailKey ?? null,
      link: step.link ?? null,
      documents: step.documents ?? [],
    });
  }
}

@ObjectType('OnboardingJourney')
export class OnboardingJourneyModel {
  @Field(() => ID) id: string;
  @Field(() => ID) companyId: string;
  @Field(() => [OnboardingStepModel]) steps: OnboardingStepModel[];
  @Field(() => OnboardingStep, { nullable: true, description: 'The first step that is not done (and offered).' })
  nextStep: OnboardingStep | null;
  @Field(() => Int, { description: 'Steps done, of those offered.' }) doneSteps: number;
  @Field(() => Int, { description: 'Steps offered (not not_available).' }) totalSteps: number;
  @Field(() => Int, { description: 'Active seconds spent, including the time before the company existed.' }) elapsedSeconds: number;
  @Field(() => JourneyStateFilter) state: JourneyStateFilter;
  @Field() startedAt: Date;
  @Field() lastActivityAt: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;

  static from(view: JourneyView): OnboardingJourneyModel {
    const offered = view.steps.filter((step) => step.status !== 'not_available');
    return Object.assign(new OnboardingJourneyModel(), {
      id: view.journey.id,
      companyId: view.journey.companyId,
      steps: view.steps.map(OnboardingStepModel.from),
      nextStep: offered.find((step) => step.status !== 'done')?.step ?? null,
      doneSteps: offered.filter((step) => step.status === 'done').length,
      totalSteps: offered.length,
      elapsedSeconds: view.elapsedSeconds,
      state: view.state,
      startedAt: view.journey.startedAt,
      lastActivityAt: view.journey.lastActivityAt,
      completedAt: view.journey.completedAt,
    });
  }
}

export const OnboardingJourneyConnection = Connection(OnboardingJourneyModel, 'OnboardingJourneyConnection');

@ObjectType('JourneyActivity')
export class JourneyActivityModel {
  @Field(() => Int) elapsedSeconds: number;
  @Field(() => Int, { description: 'How often the client should beat, in seconds.' }) heartbeatSeconds: number;
}
