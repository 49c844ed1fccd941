import { z } from 'zod';

/** Environment variables of participation's surveys (validated with the rest in buildConfig). */
export const surveysEnvironment = z.object({
  /** k: the fewest answers a result group (and every difference between groups) must have to be shown. */
  SURVEY_MIN_GROUP_SIZE: z.coerce.number().int().min(2).max(1000).default(5),
});

export interface SurveysConfig {
  /** k of the k-anonymity rule for results. */
  minGroupSize: number;
}

export function surveysConfig(env: z.infer<typeof surveysEnvironment>): SurveysConfig {
  return { minGroupSize: env.SURVEY_MIN_GROUP_SIZE };
}
