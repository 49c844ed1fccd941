import type { EntityManager } from 'typeorm';
import { OnboardingStep, OnboardingSteps, type OnboardingStepStatus } from './onboarding-steps.js';

const manager = {} as EntityManager;
const context = { companyId: 'c', accountId: 'a' };
const fixed = (status: OnboardingStepStatus, updatedAt?: Date) => ({
  states: async (contexts: readonly unknown[]) => contexts.map(() => ({ status, updatedAt })),
});

describe('OnboardingSteps', () => {
  it('shows steps without a provider as not available, in journey order', async () => {
    const steps = new OnboardingSteps();
    steps.register(OnboardingStep.company, fixed('done'));
    const resolved = await steps.resolve(context, manager);
    expect(resolved.map((step) => step.step)).toEqual(Object.values(OnboardingStep));
    expect(resolved.find((step) => step.step === OnboardingStep.bank_account)?.status).toBe('not_available');
  });

  it('derives done from every offered step and refuses a provider for it', async () => {
    const steps = new OnboardingSteps();
    steps.register(OnboardingStep.account, fixed('done', new Date('2026-01-01T00:00:00Z')));
    steps.register(OnboardingStep.company, fixed('waiting_for_office'));
    expect((await steps.resolve(context, manager)).at(-1)).toMatchObject({ step: OnboardingStep.done, status: 'not_started' });

    const finished = new OnboardingSteps();
    finished.register(OnboardingStep.account, fixed('done', new Date('2026-01-01T00:00:00Z')));
    finished.register(OnboardingStep.company, fixed('done', new Date('2026-01-02T00:00:00Z')));
    expect((await finished.resolve(context, manager)).at(-1)).toEqual({
      step: OnboardingStep.done,
      status: 'done',
      updatedAt: new Date('2026-01-02T00:00:00Z'),
    });
    expect(() => finished.register(OnboardingStep.done, fixed('done'))).toThrow();
    expect(() => finished.register(OnboardingStep.company, fixed('done'))).toThrow();
  });

  it('resolves only the steps asked for', async () => {
    const steps = new OnboardingSteps();
    steps.register(OnboardingStep.account, fixed('done'));
    const resolved = await steps.resolve(context, manager, [OnboardingStep.account, OnboardingStep.identity]);
    expect(resolved).toEqual([
      { step: OnboardingStep.account, status: 'done', updatedAt: undefined },
      { step: OnboardingStep.identity, status: 'not_available' },
    ]);
  });

  it('asks each provider once for a whole page and answers each journey with its own states', async () => {
    const steps = new OnboardingSteps();
    const calls: number[] = [];
    steps.register(OnboardingStep.company, {
      states: async (contexts) => {
        calls.push(contexts.length);
        return contexts.map(({ companyId }) => ({ status: companyId === 'c2' ? 'done' : 'in_progress' }));
      },
    });
    const contexts = ['c1', 'c2', 'c3'].map((companyId) => ({ companyId, accountId: 'a' }));
    const resolved = await steps.resolveMany(contexts, manager);
    expect(calls).toEqual([3]);
    expect(resolved.map((journey) => journey.find((step) => step.step === OnboardingStep.company)?.status)).toEqual([
      'in_progress',
      'done',
      'in_progress',
    ]);
    expect(resolved[1].at(-1)).toMatchObject({ step: OnboardingStep.done, status: 'done' });
    expect(await steps.resolveMany([], manager)).toEqual([]);
  });

  it('refuses a provider that does not answer for every journey', async () => {
    const steps = new OnboardingSteps();
    steps.register(OnboardingStep.company, { states: async () => [{ status: 'done' }] });
    await expect(steps.resolveMany([context, context], manager)).rejects.toThrow(/answered 1 of 2/);
  });
});
