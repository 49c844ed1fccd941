import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SurveyQuestion, Texts } from './survey-definition.js';
import { SurveyQuestionKind, SurveyStatus } from './survey-enums.js';
import { Survey } from './survey.entities.js';

export const DEMO_SURVEY_SEED_KEY = 'demo-move-to-bochum';

const text = (de: string, en: string): Texts => ({ de, en });
const options = (entries: [string, string, string][]) => entries.map(([id, de, en]) => ({ id, text: text(de, en) }));

/** The example the issue asks for: under which circumstances would you move (back) to Bochum? */
export const DEMO_SURVEY_QUESTIONS: SurveyQuestion[] = [
  {
    id: 'circumstances',
    kind: SurveyQuestionKind.multiple_choice,
    required: true,
    text: text(
      'Unter welchen Umständen würden Sie (wieder) nach Bochum ziehen?',
      'Under which circumstances would you move (back) to Bochum?',
    ),
    options: options([
      ['job', 'Eine passende Arbeitsstelle', 'A suitable job'],
      ['housing', 'Eine bezahlbare Wohnung', 'An affordable home'],
      ['family', 'Familie oder Freunde in der Nähe', 'Family or friends nearby'],
      ['study', 'Ein Studium oder eine Ausbildung', 'Studies or vocational training'],
      ['quality', 'Lebensqualität: Kultur, Grün, Sport', 'Quality of life: culture, parks, sport'],
      ['business', 'Die Gründung eines Unternehmens', 'Starting a business'],
    ]),
    scale: null,
  },
  {
    id: 'likelihood',
    kind: SurveyQuestionKind.scale,
    required: true,
    text: text(
      'Wie wahrscheinlich ist es, dass Sie in den nächsten fünf Jahren nach Bochum ziehen?',
      'How likely is it that you move to Bochum within the next five years?',
    ),
    options: [],
    scale: {
      min: 1,
      max: 5,
      minLabel: text('sehr unwahrscheinlich', 'very unlikely'),
      maxLabel: text('sehr wahrscheinlich', 'very likely'),
    },
  },
  {
    id: 'priorities',
    kind: SurveyQuestionKind.ranking,
    required: false,
    text: text('Was sollte die Stadt zuerst verbessern?', 'What should the city improve first?'),
    options: options([
      ['mobility', 'Bus, Bahn und Radwege', 'Buses, trains and cycle paths'],
      ['housing', 'Wohnungsangebot', 'Housing'],
      ['digital', 'Digitale Verwaltung', 'Digital public services'],
      ['childcare', 'Kinderbetreuung und Schulen', 'Childcare and schools'],
    ]),
    scale: null,
  },
  {
    id: 'wish',
    kind: SurveyQuestionKind.free_text,
    required: false,
    text: text('Was wünschen Sie sich für Bochum?', 'What do you wish for Bochum?'),
    options: [],
    scale: null,
  },
];

/**
 * Seeds the example survey, published and open for a year, for all virtual residents. Idempotent (by
 * its seed key), independent of migrations: the demo seed calls it at start outside production.
 */
@Injectable()
export class SurveyDemoSeed {
  private readonly logger = new Logger('DemoSeed');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async seed(now = new Date()): Promise<void> {
    const result: { id: string }[] = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(Survey)
      .values({
        seedKey: DEMO_SURVEY_SEED_KEY,
        status: SurveyStatus.published,
        titleDe: 'Unter welchen Umständen würden Sie (wieder) nach Bochum ziehen?',
        introDe:
          'Die Stadt möchte wissen, was virtuelle Bürgerinnen und Bürger nach Bochum bringen würde. Die Umfrage dauert etwa drei Minuten; Ihre Antworten sind anonym.',
        translations: {
          en: {
            title: 'Under which circumstances would you move (back) to Bochum?',
            intro:
              'The city would like to know what would bring virtual residents to Bochum. The survey takes about three minutes; your answers are anonymous.',
          },
        },
        questions: DEMO_SURVEY_QUESTIONS,
        audience: { residents: true, categories: [], districts: [], companies: false },
        opensAt: now,
        closesAt: new Date(now.getTime() + 365 * 86_400_000),
        resultsVisibleToParticipants: true,
        publishedAt: now,
      })
      .orIgnore()
      .returning(['id'])
      .execute()
      .then((insert) => insert.raw as { id: string }[]);
    if (result.length) this.logger.log('example survey "Unter welchen Umständen würden Sie (wieder) nach Bochum ziehen?" published');
  }
}
