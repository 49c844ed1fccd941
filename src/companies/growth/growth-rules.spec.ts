import { addMonths, deadlinesFrom, onlineNotarisation, subsidiaryProblems } from './growth-rules.js';
import { ArticlesKind, SubsidiaryLegalForm } from './growth-enums.js';

const plan = {
  name: 'Anatolia Bochum GmbH',
  legalForm: SubsidiaryLegalForm.gmbh,
  shareCapitalCents: 2_500_000,
  articles: ArticlesKind.model_protocol,
  shareholders: [{ name: 'Anatolia A.Ş.', countryCode: 'TR', nominalCents: 2_500_000, isParentCompany: true }],
  managingDirectorAccountIds: ['a'],
};

describe('growth rules', () => {
  it('allows the online procedure only with an eID at level high', () => {
    expect(onlineNotarisation({ method: 'eid', nationality: 'FR' })).toEqual({ eligible: true, reason: 'eid' });
    expect(onlineNotarisation({ method: 'video', nationality: 'AT' })).toEqual({ eligible: false, reason: 'eu_eea_needs_eid' });
    expect(onlineNotarisation({ method: 'video', nationality: 'NO' }).reason).toBe('eu_eea_needs_eid');
    expect(onlineNotarisation({ method: 'video', nationality: 'IN' })).toEqual({ eligible: false, reason: 'needs_eid_or_presence' });
    expect(onlineNotarisation(null)).toEqual({ eligible: false, reason: 'not_verified' });
  });

  it('computes the deadlines, clamping to the end of the month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-12-15', 1)).toBe('2028-01-15');
    expect(deadlinesFrom('2027-03-01')).toEqual([
      { kind: 'trade_registration', dueOn: '2027-03-01' },
      { kind: 'tax_registration', dueOn: '2027-04-01' },
    ]);
  });

  it('accepts a complete GmbH plan and rejects capital, shares and sample-protocol mistakes', () => {
    expect(subsidiaryProblems(plan, new Set(['a']))).toEqual([]);
    const fields = (problems: { field: string; messageKey: string }[]) =>
      problems.map((problem) => `${problem.field}:${problem.messageKey}`);
    expect(fields(subsidiaryProblems({ ...plan, shareCapitalCents: 1_000_000 }, new Set(['a'])))).toEqual([
      'shareCapitalCents:companies.growth.capital_min_gmbh',
      'shareholders:companies.growth.shares_sum',
    ]);
    expect(fields(subsidiaryProblems({ ...plan, managingDirectorAccountIds: ['a', 'b'] }, new Set(['a'])))).toEqual([
      'managingDirectorAccountIds:companies.growth.director_not_representative',
      'articles:companies.growth.model_protocol_directors',
    ]);
    expect(
      fields(
        subsidiaryProblems(
          {
            ...plan,
            name: 'Anatolia Bochum UG (haftungsbeschränkt)',
            legalForm: SubsidiaryLegalForm.ug,
            shareCapitalCents: 100_000,
            shareholders: [{ ...plan.shareholders[0], nominalCents: 100_000 }],
          },
          new Set(['a']),
        ),
      ),
    ).toEqual([]);
    expect(fields(subsidiaryProblems({ ...plan, name: 'Anatolia Bochum' }, new Set(['a'])))).toEqual([
      'name:companies.growth.name_suffix_gmbh',
    ]);
  });
});
