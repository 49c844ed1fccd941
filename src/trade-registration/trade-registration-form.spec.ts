import { formProblems, type FormRules, type TradeRegistrationForm } from './trade-registration-form.js';
import type { WzEntry } from './wz/wz-search.js';

const wz: WzEntry = {
  code: '62.01.9',
  level: 5,
  parentCode: '62.01',
  title: 'Sonstige Softwareentwicklung',
  searchText: 'sonstige softwareentwicklung',
};
const rules: FormRules = { today: '2026-11-21', startMaxPastDays: 30, startMaxFutureDays: 365, wz };
const form: TradeRegistrationForm = {
  establishmentKind: 'unselbststaendige_zweigstelle',
  activityDescription: 'Entwicklung von Buchhaltungssoftware für Steuerkanzleien und deren Einführung',
  wzCode: '62.01.9',
  startDate: '2026-12-01',
  businessScope: 'full_time',
  employeesFullTime: 0,
  employeesPartTime: 3,
  permits: [],
};
const fields = (change: Partial<TradeRegistrationForm>, changedRules = rules) =>
  formProblems({ ...form, ...change }, changedRules).map((problem) => `${problem.field}:${problem.constraint}`);

describe('formProblems', () => {
  it('accepts a complete, precise form', () => {
    expect(fields({})).toEqual([]);
  });

  it('bounds the start date: at most N days back, one year ahead, real dates only', () => {
    expect(fields({ startDate: '2026-10-22' })).toEqual([]);
    expect(fields({ startDate: '2026-10-21' })).toEqual(['startDate:minDate']);
    expect(fields({ startDate: '2027-11-21' })).toEqual([]);
    expect(fields({ startDate: '2027-11-22' })).toEqual(['startDate:maxDate']);
    expect(fields({ startDate: '2026-02-29' })).toEqual(['startDate:isDate']);
    expect(fields({ startDate: null })).toEqual(['startDate:required']);
  });

  it('needs a subclass of the current edition', () => {
    expect(fields({ wzCode: '62.01' }, { ...rules, wz: { ...wz, code: '62.01', level: 4 } })).toEqual(['wzCode:subclass']);
    expect(fields({ wzCode: '00.00.0' }, { ...rules, wz: null })).toEqual(['wzCode:exists']);
  });

  it('counts employees as whole numbers from 0', () => {
    expect(fields({ employeesFullTime: -1, employeesPartTime: 1.5 })).toEqual(['employeesFullTime:min', 'employeesPartTime:min']);
  });

  it('checks each permit: what, which authority, a past date', () => {
    expect(fields({ permits: [{ kind: 'Erlaubnis nach § 34c GewO', authority: 'Stadt Bochum', issuedOn: '2026-01-15' }] })).toEqual([]);
    expect(fields({ permits: [{ kind: '', authority: 'X', issuedOn: '2026-12-24' }] })).toEqual([
      'permits.0.kind:required',
      'permits.0.authority:required',
      'permits.0.issuedOn:isDate',
    ]);
  });

  it('refuses unknown kinds of establishment and business scope', () => {
    expect(fields({ establishmentKind: 'castle', businessScope: null })).toEqual(['establishmentKind:isEnum', 'businessScope:required']);
  });
});
