import { useApolloClient } from '@apollo/client/react';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../components/FieldError';
import { inputClass } from '../components/FormField';
import { WZ_CODE_SUGGESTIONS, type WzSuggestion } from './operations';

const DEBOUNCE_MS = 120;

interface WzCodeComboboxProps {
  code: string | null;
  title: string | null;
  onChange: (choice: { code: string; title: string } | null) => void;
  error?: string;
}

/** Type words of the activity (or a code) and pick a WZ subclass from the suggestions (ARIA combobox). */
export function WzCodeCombobox({ code, title, onChange, error }: WzCodeComboboxProps) {
  const { t, i18n } = useTranslation('trade-registration');
  const client = useApolloClient();
  const id = `wz-${useId()}`;
  const [text, setText] = useState(code ? `${code} ${title ?? ''}`.trim() : '');
  const [suggestions, setSuggestions] = useState<WzSuggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<WzSuggestion | null>(null);

  useEffect(() => {
    const query = text.trim();
    if (!open || query.length < 2) {
      setSuggestions([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      void client.query({ query: WZ_CODE_SUGGESTIONS, variables: { query, first: 12 } }).then(
        (result) => {
          if (current) {
            setSuggestions(result.data?.wzCodeSuggestions ?? []);
            setActive(-1);
          }
        },
        () => current && setSuggestions([]),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, text, open]);

  function choose(suggestion: WzSuggestion) {
    if (!suggestion.selectable) return;
    setText(`${suggestion.code} ${suggestion.title}`);
    setOpen(false);
    setChosen(suggestion);
    onChange({ code: suggestion.code, title: suggestion.title });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(suggestions.length - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Enter' && open && active >= 0 && suggestions[active]) {
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const expanded = open && suggestions.length > 0;
  /** The chosen entry while it is still the form's code (its explanation stays visible under the field). */
  const shown = chosen && chosen.code === code ? chosen : null;
  const explanationOf = (suggestion: WzSuggestion) =>
    suggestion.explanation && (
      <span className="wz-combobox__explanation" lang={suggestion.explanationLanguage ?? undefined}>
        {suggestion.explanation}
        {suggestion.explanationLanguage !== i18n.resolvedLanguage && (
          <span className="wz-combobox__language" lang={i18n.resolvedLanguage}>
            {' '}
            ({t('form.wzExplanationInGerman')})
          </span>
        )}
      </span>
    );
  return (
    <div className={`kern-form-input wz-combobox${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {t('form.wzCode')}
      </label>
      <div className="kern-hint" id={`${id}-hint`}>
        {t('form.wzCodeHint')}
      </div>
      <input
        id={id}
        className={inputClass(error)}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, shown && `${id}-chosen`, error && `${id}-error`].filter(Boolean).join(' ')}
        value={text}
        data-testid="wz-search"
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setChosen(null);
          if (code) onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <ul className="wz-combobox__list" role="listbox" id={`${id}-list`} aria-label={t('form.wzSuggestions')}>
          {suggestions.map((suggestion, index) => (
            <li
              key={suggestion.code}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              aria-disabled={!suggestion.selectable || undefined}
              className={`wz-combobox__option${index === active ? ' wz-combobox__option--active' : ''}${suggestion.selectable ? '' : ' wz-combobox__option--heading'}`}
              data-testid={`wz-option-${suggestion.code}`}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(suggestion);
              }}
            >
              <span className="wz-combobox__code">{suggestion.code}</span> <span lang="de">{suggestion.title}</span>
              {explanationOf(suggestion)}
            </li>
          ))}
        </ul>
      )}
      {shown && (
        <div className="wz-combobox__chosen kern-hint" id={`${id}-chosen`} data-testid="wz-chosen">
          <span>
            {t('form.wzOfficialTitle')}: <span lang="de">{shown.title}</span>
          </span>
          {explanationOf(shown)}
        </div>
      )}
      {open && text.trim().length >= 2 && suggestions.length === 0 && <p className="kern-hint">{t('form.wzNoMatch')}</p>}
      {error && <FieldError id={`${id}-error`} message={error} />}
    </div>
  );
}
