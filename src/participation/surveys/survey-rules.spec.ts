import { SurveyQuestionKind, SurveyResultState } from './survey-enums.js';
import type { SurveyQuestion } from './survey-definition.js';
import { aggregate, csvCell, groupIsShown, type ResponseRow } from './survey-results.js';
import { checkAnswers, localize } from './survey-rules.js';

const row = (district: string, categories: string[], value = 3): ResponseRow => ({ district, categories, answers: { scale: { value } } });
const rows = (count: number, district: string, categories: string[]) => Array.from({ length: count }, () => row(district, categories));

describe('the k rule', () => {
  it('withholds groups below k and groups whose difference to a containing group is below k', () => {
    const all = [...rows(6, 'bochum', ['student']), ...rows(3, 'wattenscheid', ['student'])];
    expect(groupIsShown(all, {}, 5)).toBe(true);
    expect(groupIsShown(all, { district: 'wattenscheid' }, 5)).toBe(false);
    expect(groupIsShown(all, { district: 'bochum' }, 5)).toBe(false);
    // Every row is a student: the difference to everyone is empty, which reveals nothing.
    expect(groupIsShown(all, { category: 'student' }, 5)).toBe(true);
    expect(groupIsShown(all.slice(0, 4), {}, 5)).toBe(false);
  });

  it('checks a district × category pair against the district alone and the category alone', () => {
    const all = [
      ...rows(5, 'bochum', ['student']),
      ...rows(5, 'bochum', ['commuter']),
      ...rows(5, 'wattenscheid', ['student']),
      ...rows(2, 'wattenscheid', ['commuter']),
    ];
    expect(groupIsShown(all, { district: 'bochum', category: 'student' }, 5)).toBe(true);
    // wattenscheid students: 5, but wattenscheid alone minus them = 2.
    expect(groupIsShown(all, { district: 'wattenscheid', category: 'student' }, 5)).toBe(false);
  });

  it('returns no numbers for a withheld group', () => {
    const question: SurveyQuestion = {
      id: 'scale',
      kind: SurveyQuestionKind.scale,
      required: true,
      text: { de: 'x' },
      options: [],
      scale: { min: 1, max: 5, minLabel: {}, maxLabel: {} },
    };
    const result = aggregate([question], rows(3, 'bochum', []), {}, 5, true);
    expect(result).toEqual({ state: SurveyResultState.too_few_answers, respondents: null, questions: [] });
    const shown = aggregate([question], [...rows(4, 'bochum', []), row('bochum', [], 5)], {}, 5, true);
    expect(shown.respondents).toBe(5);
    expect(shown.questions[0]!.scaleAverage).toBe(3.4);
  });
});

describe('answers and texts', () => {
  const choice: SurveyQuestion = {
    id: 'c',
    kind: SurveyQuestionKind.ranking,
    required: true,
    text: { de: 'Frage', en: 'Question' },
    options: [
      { id: 'a', text: { de: 'A' } },
      { id: 'b', text: { de: 'B' } },
    ],
    scale: null,
  };

  it('accepts a complete ranking and refuses a partial one', () => {
    expect(checkAnswers([choice], [{ questionId: 'c', optionIds: [], ranking: ['b', 'a'] }]).errors).toEqual([]);
    expect(checkAnswers([choice], [{ questionId: 'c', optionIds: [], ranking: ['b'] }]).errors[0]!.constraint).toBe('isValid');
    expect(checkAnswers([choice], []).errors[0]!.constraint).toBe('isNotEmpty');
  });

  it('falls back to German visibly', () => {
    expect(localize(choice.text, 'en')).toEqual({ text: 'Question', language: 'en' });
    expect(localize(choice.text, 'tr')).toEqual({ text: 'Frage', language: 'de' });
  });

  it('defuses spreadsheet formulas in CSV cells', () => {
    expect(csvCell('=SUM(A1)')).toBe(`"'=SUM(A1)"`);
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });
});
