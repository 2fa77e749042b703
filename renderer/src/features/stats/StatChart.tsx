import { DownloadOutlined, TableOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Space } from 'antd';
import { useEffect, useRef } from 'react';
import { useHost } from '../../app/HostContext';
import { bridgeErrorMessage } from '../../bridge/bridge';
import { documentDate } from '../../domain/documents/documentDate';
import { saveExport } from '../dossier/saveExport';
import { chartCaption, chartFileName, framedChartPng } from './chartImage';
import { echarts, type EChartsCoreOption } from './echarts';
import { statSheet, type SheetColumn } from './statSheets';
import { StatTable, type StatColumn } from './StatTable';
import { saveStatTables } from './statWorkbook';
import './stats.css';

interface Props<Row> {
  title: string;
  /** One sentence that says what the chart shows, for those who do not see it. */
  description: string;
  option: EChartsCoreOption;
  columns: readonly StatColumn<Row>[];
  rows: readonly Row[];
  rowKey: keyof Row & string;
  /** The table's columns as 导出表格 writes them. */
  sheetColumns: readonly SheetColumn<Row>[];
  /** The exported sheet's tab name. */
  sheetName: string;
  /** The filter the table was drawn under, as its export states it: 2018年 · 全部专项. */
  filter: string;
  /** Shown under the table: what the figures leave out, which rule they follow. */
  note?: string | undefined;
  /** A table too wide to stand beside its chart goes under it. */
  tableBelow?: boolean;
}

/** The saved image's pixels per CSS pixel: sharp when pasted into a Word report and printed. */
const PNG_PIXEL_RATIO = 2;

/**
 * One chart of the 统计 page with the table of its numbers beside it, for those who read
 * numbers; 保存图片 saves the chart as PNG with its title, filter, 单位名称 and date above it
 * (an image pasted into a report has nothing around it to say them), and 导出表格 the table as
 * .xlsx where the user chooses.
 */
export function StatChart<Row extends object>({
  title,
  description,
  option,
  columns,
  rows,
  rowKey,
  sheetColumns,
  sheetName,
  filter,
  note,
  tableBelow = false,
}: Props<Row>) {
  const holder = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const { message } = AntApp.useApp();
  const { settings } = useHost();

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // The observer also reports the size the chart was just made at: laying it out again then
    // would draw each chart twice on the way in.
    const resize = new ResizeObserver(() => {
      if (
        element.clientWidth === instance.getWidth() &&
        element.clientHeight === instance.getHeight()
      )
        return;
      instance.resize();
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Drawn in full in one paint, as a spreadsheet's chart is: bars that grow over a second
    // are motion nobody asked for (and that a system set to show less motion refuses).
    chart.current?.setOption({ animation: false, ...option }, { notMerge: true });
  }, [option]);

  const savePng = async () => {
    const instance = chart.current;
    const element = holder.current;
    if (!instance || !element) return;
    try {
      // Framed on a canvas of its own: the chart on the page is not laid out again for it.
      const url = await framedChartPng(
        instance.getDataURL({ type: 'png', pixelRatio: PNG_PIXEL_RATIO, backgroundColor: '#fff' }),
        { title, caption: chartCaption(filter, settings?.committeeName, documentDate()) },
        PNG_PIXEL_RATIO,
        getComputedStyle(element).fontFamily,
      );
      const path = await saveExport({
        defaultName: chartFileName(title, filter, 'png'),
        filterName: 'PNG 图片',
        extension: 'png',
        base64: url.slice(url.indexOf(',') + 1),
      });
      if (path) message.success(`已保存图片：${path}`);
    } catch (error) {
      message.error(bridgeErrorMessage(error));
    }
  };

  const saveTable = async () => {
    try {
      const sheet = statSheet({ sheetName, title, filter }, { sheetColumns, rows, note });
      const path = await saveStatTables([sheet], chartFileName(title, filter, 'xlsx'));
      if (path) message.success(`已导出表格：${path}`);
    } catch (error) {
      message.error(`导出失败：${bridgeErrorMessage(error)}`);
    }
  };

  return (
    <Card
      title={<h2 className="stat-chart-title">{title}</h2>}
      extra={
        <Space>
          <Button icon={<DownloadOutlined />} onClick={() => void savePng()}>
            保存图片
          </Button>
          <Button icon={<TableOutlined />} onClick={() => void saveTable()}>
            导出表格
          </Button>
        </Space>
      }
    >
      <div className={tableBelow ? 'stat-chart-body below' : 'stat-chart-body'}>
        <div ref={holder} className="stat-chart-canvas" role="img" aria-label={description} />
        {/* Scrolls on its own; focusable and named, so the keyboard can scroll it too. */}
        <div
          className="stat-chart-table"
          role="region"
          aria-label={`${title}（数字）`}
          tabIndex={0}
        >
          <StatTable<Row> columns={columns} rows={rows} rowKey={rowKey} />
        </div>
      </div>
      {/* Under both, not at the foot of a table that scrolls: read without scrolling to it. */}
      {note ? <p className="stat-chart-note">{note}</p> : null}
    </Card>
  );
}
