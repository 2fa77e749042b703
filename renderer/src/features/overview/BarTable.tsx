import { Bar, FigureLink } from './FigureLink';

/** One line of a BarTable: what is counted, how many, and the list that shows them. */
export interface BarRow {
  key: string;
  label: string;
  count: number;
  href: string;
  /** The link's full name for screen readers, e.g. “2018年 调研 2 条”. */
  name: string;
}

/** A small table of counts, each with a bar scaled to the largest and a link to its list. */
export function BarTable({
  caption,
  labelHeader,
  countHeader,
  rows,
}: {
  caption: string;
  labelHeader: string;
  countHeader: string;
  rows: readonly BarRow[];
}) {
  const max = Math.max(0, ...rows.map((row) => row.count));
  return (
    <table className="overview-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{countHeader}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>
              <Bar count={row.count} max={max} />
              <FigureLink href={row.href} name={row.name}>
                {row.count}
              </FigureLink>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
