import type { ReactNode } from 'react';

/** One column heading: what it says, and its padding and alignment classes. */
export interface TableColumn {
  label: ReactNode;
  className: string;
}

/** A table's `<thead>`: one row of `scope="col"` headings, in order. */
export function TableHead({ columns, rowClassName }: { columns: readonly TableColumn[]; rowClassName?: string }) {
  return (
    <thead>
      <tr className={rowClassName}>
        {columns.map((column, index) => (
          // Columns are fixed per table and never reorder, so their position is a stable key.
          <th key={index} scope="col" className={column.className}>
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The heading cell of a body row (`scope="row"`), left-aligned in body weight like the cells beside it. */
export function RowHeading({ className, children }: { className: string; children: ReactNode }) {
  return (
    <th scope="row" className={`${className} text-left font-normal`}>
      {children}
    </th>
  );
}
