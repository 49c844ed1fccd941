import { contentParam, param, renderParam, renderParams } from './message-params.js';
import { Translator } from './translator.js';

describe('message parameters', () => {
  const translator = new Translator(['de', 'en', 'ar'], 'de');

  it('are written in the reader’s language when rendered, not when stored', () => {
    const stored = JSON.parse(
      JSON.stringify({
        amount: param.money(1500),
        purpose: param.key('payments:purpose.citizen_card'),
        paidAt: param.dateTime(new Date('2027-01-15T13:30:00Z')),
        day: param.date('2027-05-01'),
        name: 'Łukasz Şahin',
      }),
    );
    expect(renderParams(translator, 'de', stored)).toEqual({
      amount: '15,00\u00a0€',
      purpose: 'Bürgerkarte',
      paidAt: '15. Januar 2027 um 14:30 MEZ',
      day: '1. Mai 2027',
      name: 'Łukasz Şahin',
    });
    expect(renderParams(translator, 'en', stored)).toMatchObject({
      amount: '€15.00',
      purpose: 'Citizen card',
      paidAt: '15 January 2027 at 14:30 CET',
    });
  });

  it('isolates left-to-right values in right-to-left languages only', () => {
    const params = { reference: param.ltr('BO-P-2027-000042-3') };
    expect(renderParams(translator, 'ar', params).reference).toBe('\u2066BO-P-2027-000042-3\u2069');
    expect(renderParams(translator, 'de', params).reference).toBe('BO-P-2027-000042-3');
  });

  it('writes staff-written content in the reader’s language where translated, else in German', () => {
    const stored = JSON.parse(JSON.stringify({ title: contentParam('Stadtführung', { en: 'City walk', ar: '  ' }) }));
    expect(renderParams(translator, 'en', stored).title).toBe('City walk');
    expect(renderParams(translator, 'de', stored).title).toBe('Stadtführung');
    expect(renderParams(translator, 'ar', stored).title).toBe('Stadtführung');
  });

  it('turns values of an unknown shape into empty text instead of failing', () => {
    expect(renderParam(translator, 'de', { date: 'not a date' })).toEqual({ text: '', ltr: false });
    expect(renderParam(translator, 'de', { something: 1 })).toEqual({ text: '', ltr: false });
    expect(renderParam(translator, 'de', null)).toEqual({ text: '', ltr: false });
  });
});
