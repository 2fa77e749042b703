/**
 * 总览's year: a plain select of the years with records (and the year shown), newest first, and,
 * when the year shown has none, the plain word of it with the way to the latest year that has.
 */
export function YearChooser({
  year,
  years,
  onChange,
}: {
  year: number;
  years: readonly number[] | undefined;
  onChange: (year: number) => void;
}) {
  const choices = [...new Set([year, ...(years ?? [])])].sort((a, b) => b - a);
  const latest = years?.[0];
  const emptyYear = years !== undefined && !years.includes(year);
  return (
    <div className="overview-year">
      <label>
        年份
        <select value={year} onChange={(event) => onChange(Number(event.target.value))}>
          {choices.map((y) => (
            <option key={y} value={y}>
              {y}年
            </option>
          ))}
        </select>
      </label>
      {emptyYear ? (
        <p className="overview-year-empty" role="status">
          {year}年还没有履职活动或捐赠记录。
          {latest !== undefined ? (
            <button type="button" className="plain-button small" onClick={() => onChange(latest)}>
              查看{latest}年
            </button>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
