import { genderColumns } from '#shared/messages/indicator-words';
import type { ByGender } from '#shared/schemas/indicators';
import { useReportWords } from './words.ts';

export const genderKeys = ['woman', 'man', 'other', 'unspecified', 'total'] as const;

/**
 * A table a narrow screen can scroll sideways; the region is focusable so the
 * keyboard can scroll it too, and named by its table's caption.
 */
export function ScrollTable({
  id,
  caption,
  children,
}: {
  id: string;
  caption: string;
  children: React.ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="report-table" aria-labelledby={id} tabIndex={0}>
      <table>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </section>
  );
}

/** Rows of counts by gender with a total; "< 5" cells are shown as they come. */
export function ByGenderTable(props: {
  id: string;
  caption: string;
  rows: { label: string; counts: ByGender }[];
}) {
  const { w, lang } = useReportWords();
  return (
    <ScrollTable id={props.id} caption={props.caption}>
      <thead>
        <tr>
          <th scope="col">{w.figure}</th>
          {genderKeys.map((key) => (
            <th scope="col" key={key}>
              {genderColumns[key][lang]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {genderKeys.map((key) => (
              <td key={key}>{row.counts[key]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
