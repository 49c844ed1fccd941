import { activityProblem } from './activity-rules.js';

describe('activityProblem', () => {
  it.each([
    ['Handel mit Waren aller Art', 'vague'],
    ['Import und Export sowie Handel mit Waren aller Art', 'vague'],
    ['Alle erlaubten Tätigkeiten', 'vague'],
    ['alle erlaubten TAETIGKEITEN im Bereich Handel', 'vague'],
    ['Diverse Dienstleistungen für Unternehmen', 'vague'],
    ['General trading of goods in Europe', 'vague'],
    ['Trade in all kinds of goods', 'vague'],
    ['Vertrieb von Maschinen, Werkzeugen usw.', 'open_ended'],
    ['Software etc.', 'open_ended'],
    ['Beratung', 'too_short'],
    ['IT-Beratung für Firmen', 'too_short'],
    ['', 'required'],
    ['   ', 'required'],
    ['x'.repeat(1001), 'too_long'],
  ])('%s → %s', (description, problem) => {
    expect(activityProblem(description, null)).toBe(problem);
  });

  it('refuses a copy of the chosen WZ title, whatever the spelling', () => {
    const title = 'Erbringung von Beratungsleistungen auf dem Gebiet der Informationstechnologie';
    expect(activityProblem('erbringung von beratungsleistungen auf dem gebiet der informationstechnologie', title)).toBe('copies_wz_title');
  });

  it('accepts precise descriptions', () => {
    expect(
      activityProblem('Vertrieb und Einführungsberatung für die eigene Buchhaltungssoftware an Steuerkanzleien in Deutschland', null),
    ).toBeNull();
    expect(activityProblem('Handelsvertretung für Industriepumpen des Herstellers in Nordrhein-Westfalen', null)).toBeNull();
    expect(activityProblem('Development of web shops for retailers and maintenance of the shops we built', null)).toBeNull();
  });
});
