import { din5008Lines, mailboxLabel, parseMailbox } from './din5008-address.js';

describe('DIN 5008 virtual address', () => {
  it('writes recipient, c/o line, street, mailbox and postcode with town, in that order', () => {
    expect(
      din5008Lines({
        recipient: 'Erika Mustermann',
        careOf: 'Stadt Bochum, Bürgerbüro Mitte',
        street: 'Willy-Brandt-Platz 2–6',
        mailboxPrefix: 'BO',
        mailboxNumber: 42,
        postcode: '44777',
        city: 'Bochum',
      }),
    ).toEqual(['Erika Mustermann', 'c/o Stadt Bochum, Bürgerbüro Mitte', 'Willy-Brandt-Platz 2–6', 'Fach BO-00042', '44777 Bochum']);
  });

  it('pads mailbox numbers to five digits and keeps longer ones whole', () => {
    expect(mailboxLabel('WAT', 7)).toBe('Fach WAT-00007');
    expect(mailboxLabel('WAT', 1234567)).toBe('Fach WAT-1234567');
  });

  it('reads a mailbox the way staff type it from the envelope', () => {
    expect(parseMailbox('Fach BO-00042')).toEqual({ prefix: 'BO', number: 42 });
    expect(parseMailbox(' hbf 42 ')).toEqual({ prefix: 'HBF', number: 42 });
    expect(parseMailbox('WATB-7')).toEqual({ prefix: 'WATB', number: 7 });
    expect(parseMailbox('42')).toBeNull();
    expect(parseMailbox('HBF-')).toBeNull();
    expect(parseMailbox("HBF-1' OR 1=1")).toBeNull();
  });
});
