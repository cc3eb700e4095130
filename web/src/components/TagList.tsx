/** Short labels shown side by side, e.g. a placement's tasks. */
export function TagList({ items }: { items: string[] }) {
  return (
    <ul className="tags">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
