import { fullName } from './person-name.js';

describe('fullName', () => {
  it('writes names in the order of their script', () => {
    expect(fullName({ givenName: 'Łukasz', familyName: 'Şahin' })).toBe('Łukasz Şahin');
    expect(fullName({ givenName: 'محمد', familyName: 'الأحمد' })).toBe('محمد الأحمد');
    expect(fullName({ givenName: '小明', familyName: '王' })).toBe('王小明');
    expect(fullName({ givenName: '민준', familyName: '김' })).toBe('김민준');
    expect(fullName({ givenName: 'Ming', familyName: '王' })).toBe('Ming 王');
    expect(fullName({ givenName: ' Erika ', familyName: '' })).toBe('Erika');
  });
});
