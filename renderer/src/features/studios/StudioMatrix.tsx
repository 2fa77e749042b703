import { Card, Tag, Typography } from 'antd';
import { hrefOf } from '../../app/routes';
import type { Studio, StudioType } from '../../domain/records';
import { matrixFormula, studioMatrix } from './studioMatrix';
import './studios.css';

/** What each column of the matrix is, after the seed's “1+7+N”. */
const COLUMN_TITLES: Record<StudioType, string> = {
  专委会: '专委会工作室',
  界别: '界别工作室',
  委员特色: '委员特色工作室',
};

const EMPTY_COLUMN: Record<StudioType, string> = {
  专委会: '尚无专委会工作室',
  界别: '尚无界别工作室',
  委员特色: '尚无委员特色工作室',
};

/**
 * The “1+7+N” matrix at a glance: how many studios of each type and which, each opening its
 * studio page.
 */
export function StudioMatrix({ studios }: { studios: readonly Studio[] }) {
  const columns = studioMatrix(studios);
  return (
    <section className="studio-matrix" aria-labelledby="studio-matrix-title">
      <h2 id="studio-matrix-title" className="studio-section-title">
        “1+7+N”矩阵：{matrixFormula(columns)}
      </h2>
      <div className="studio-matrix-columns">
        {columns.map((column) => (
          <Card
            key={column.type}
            size="small"
            className="studio-matrix-column"
            title={
              <span id={`studio-matrix-${column.type}`}>
                {COLUMN_TITLES[column.type]}
                <span className="studio-matrix-count">{column.studios.length}</span>
              </span>
            }
          >
            {column.studios.length === 0 ? (
              <Typography.Text type="secondary">{EMPTY_COLUMN[column.type]}</Typography.Text>
            ) : (
              <ul aria-labelledby={`studio-matrix-${column.type}`}>
                {column.studios.map((studio) => (
                  <li key={studio.id}>
                    <a href={hrefOf('studios', studio.id, 'view')}>{studio.name}</a>
                    {studio.sector && column.type === '界别' ? (
                      <Tag className="studio-matrix-sector">{studio.sector}</Tag>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))}
      </div>
    </section>
  );
}
