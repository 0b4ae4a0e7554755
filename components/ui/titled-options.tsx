/**
 * One `<option>` per item, its value the item's id and its text the title: the module choices of
 * the assign form, the new-draft form and the dashboard's "In module" filter.
 */
export function TitledOptions({ items }: { items: ReadonlyArray<{ id: string; title: string }> }) {
  return items.map((item) => (
    <option key={item.id} value={item.id}>
      {item.title}
    </option>
  ));
}
