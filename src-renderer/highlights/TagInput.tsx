// Adding a tag to a highlight by typing its name: existing tags are offered
// as suggestions, and a new name creates the tag (the core's `tagNames`).

import { useId, useState, type FormEvent } from 'react';
import { useTags } from '../codebook/use-tags.ts';

interface TagInputProps {
  /** Names already on the highlight, left out of the suggestions. */
  present: readonly string[];
  disabled: boolean;
  onAdd: (name: string) => void;
}

export function TagInput({ present, disabled, onAdd }: TagInputProps) {
  const [name, setName] = useState('');
  const inputId = useId();
  const listId = useId();
  const tags = useTags();
  const taken = new Set(present.map((n) => n.toLocaleLowerCase()));
  const suggestions = [...new Set((tags.data ?? []).map((tag) => tag.name))].filter((n) => !taken.has(n.toLocaleLowerCase()));
  const trimmed = name.trim();
  const isNew = trimmed !== '' && !(tags.data ?? []).some((tag) => tag.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed === '' || taken.has(trimmed.toLocaleLowerCase())) return;
    onAdd(trimmed);
    setName('');
  };

  return (
    <form className="tag-input" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        Add a tag
      </label>
      <input
        id={inputId}
        className="field-control tag-input__field"
        list={listId}
        value={name}
        placeholder="Add a tag…"
        autoComplete="off"
        maxLength={200}
        disabled={disabled}
        onChange={(event) => setName(event.target.value)}
      />
      <datalist id={listId}>
        {suggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      <button type="submit" className="button button--small" disabled={disabled || trimmed === ''}>
        {isNew ? 'Create tag' : 'Add'}
      </button>
    </form>
  );
}
