interface StatusBadgeProps {
  status: string;
  label: string;
}

/** A status in words; the colour only repeats what the words say. */
export function StatusBadge({ status, label }: StatusBadgeProps) {
  return <span className={`badge badge--${status}`}>{label}</span>;
}
