import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WzCodeSuggestion', { description: 'An entry of the current WZ edition; only subclasses (level 5) can be chosen.' })
export class WzCodeSuggestionModel {
  @Field({ description: 'e.g. 62.01.9' })
  code: string;

  @Field({ description: 'The official German title.' })
  title: string;

  @Field(() => Int, { description: '1 section … 5 subclass.' })
  level: number;

  @Field(() => String, { nullable: true })
  parentCode: string | null;

  @Field({ description: 'True for subclasses, the level the form needs.' })
  selectable: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'What the code covers in plain words, in the language of the request where available, else German; null for codes without one.',
  })
  explanation: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The language of `explanation` (ISO 639-1); differs from the request language when it fell back to German.',
  })
  explanationLanguage: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The keyword or synonym the code was found through, e.g. "consulting"; null when found by its title or code.',
  })
  matchedKeyword: string | null;
}

@ObjectType('WzEdition')
export class WzEditionModel {
  @Field()
  classification: string;

  @Field()
  version: string;

  @Field()
  longName: string;

  @Field({ description: '`builtin` (the small default excerpt) or `import` (the complete official list).' })
  source: string;

  @Field(() => Int)
  codeCount: number;
}
