import { Button } from './button';
import { inputBoxClass } from './input-class';

export interface SearchFormProps {
  /** The visible label of the search box, which is also its accessible name. */
  label: string;
  /** The current search, so the box keeps what was looked for. */
  defaultValue: string;
  /** Width classes for the search box. */
  inputWidthClass?: string;
}

/** A GET search form (`role="search"`) that submits its box as `?q=`. */
export function SearchForm({ label, defaultValue, inputWidthClass = 'w-72' }: SearchFormProps) {
  return (
    <form role="search" className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor="q" className="block font-semibold">
          {label}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={defaultValue}
          className={`block ${inputWidthClass} ${inputBoxClass}`}
        />
      </div>
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}
