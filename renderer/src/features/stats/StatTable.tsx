import { ConfigProvider, Table } from 'antd';
import useCSSVarCls from 'antd/es/config-provider/hooks/useCSSVarCls';
import useTableStyle from 'antd/es/table/style';
import { useContext, type CSSProperties, type ReactNode } from 'react';

/** A column of a chart's table: its heading, the field it shows, and how. */
export interface StatColumn<Row> {
  title: string;
  dataIndex: keyof Row & string;
  align?: 'right';
  /** The first column only: it stays in view while the table scrolls sideways. */
  fixed?: 'left';
  render?: (value: never, row: Row) => ReactNode;
}

interface Props<Row> {
  columns: readonly StatColumn<Row>[];
  rows: readonly Row[];
  rowKey: keyof Row & string;
}

/** A fixed first column's place, as antd's table writes it for a column fixed at the start. */
function fixedStyle(columnCount: number): CSSProperties {
  return {
    insetInlineStart: 0,
    ['--z-offset' as string]: columnCount * 2,
    ['--z-offset-reverse' as string]: columnCount,
  };
}

/**
 * The table of a chart's numbers, as antd's small table draws it (its classes and styles), but
 * as plain rows: the numbers never sort, page or scroll apart from their region, and antd's
 * table measured the scrollbar (a forced layout) and ran hooks in every cell of every one of the
 * five tables on each open. With no rows, antd's own table says so as it always has.
 */
export function StatTable<Row extends object>({ columns, rows, rowKey }: Props<Row>) {
  const { getPrefixCls } = useContext(ConfigProvider.ConfigContext);
  const prefixCls = getPrefixCls('table');
  const rootCls = useCSSVarCls(prefixCls);
  const [hashId, cssVarCls] = useTableStyle(prefixCls, rootCls);

  if (rows.length === 0) {
    return (
      <Table<Row>
        size="small"
        rowKey={rowKey}
        columns={columns.map(({ title, dataIndex, align, fixed }) => ({
          title,
          dataIndex,
          align,
          fixed,
        }))}
        dataSource={[]}
        pagination={false}
      />
    );
  }

  const vars = `${cssVarCls} ${rootCls} ${hashId}`;
  const fixed = columns[0]?.fixed === 'left';
  const cellClass = (index: number) =>
    fixed && index === 0
      ? `${prefixCls}-cell ${prefixCls}-cell-fix ${prefixCls}-cell-fix-start ${prefixCls}-cell-fix-start-shadow`
      : `${prefixCls}-cell`;
  const cellStyle = (column: StatColumn<Row>, index: number): CSSProperties | undefined =>
    fixed && index === 0
      ? fixedStyle(columns.length)
      : column.align
        ? { textAlign: column.align }
        : undefined;

  return (
    <div className={`${vars} ${prefixCls}-wrapper`}>
      <div
        className={`${prefixCls} ${prefixCls}-small ${vars}${fixed ? ` ${prefixCls}-has-fix-start` : ''}`}
      >
        <div className={`${prefixCls}-container`}>
          <div className={`${prefixCls}-content`}>
            <table style={{ tableLayout: 'auto' }}>
              <thead className={`${prefixCls}-thead`}>
                <tr>
                  {columns.map((column, index) => (
                    <th
                      key={column.dataIndex}
                      className={cellClass(index)}
                      scope="col"
                      style={cellStyle(column, index)}
                    >
                      {column.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className={`${prefixCls}-tbody`}>
                {rows.map((row) => {
                  const key = String(row[rowKey]);
                  return (
                    <tr
                      key={key}
                      className={`${prefixCls}-row ${prefixCls}-row-level-0`}
                      data-row-key={key}
                    >
                      {columns.map((column, index) => {
                        const value = row[column.dataIndex];
                        return (
                          <td
                            key={column.dataIndex}
                            className={cellClass(index)}
                            style={cellStyle(column, index)}
                          >
                            {column.render
                              ? column.render(value as never, row)
                              : (value as ReactNode)}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
