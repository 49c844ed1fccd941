import { eventText } from './event-texts.js';

describe('eventText', () => {
  const event = { titleDe: 'Stadtrundgang', descriptionDe: 'Beschreibung', translations: { en: { title: 'City walk', description: '' } } };

  it('gives the translation when there is one', () => {
    expect(eventText(event, 'title', 'en')).toEqual({ text: 'City walk', language: 'en' });
  });

  it('falls back to German, and says so, when the translation is missing or empty', () => {
    expect(eventText(event, 'description', 'en')).toEqual({ text: 'Beschreibung', language: 'de' });
    expect(eventText(event, 'title', 'tr')).toEqual({ text: 'Stadtrundgang', language: 'de' });
  });
});
