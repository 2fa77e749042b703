import type { ComponentProps } from 'react';

/*
 * antd's virtual table draws its header as a <table> and its body as <div>s beside it, so neither
 * a screen reader nor a test finds one table with rows and cells. These parts carry the roles
 * instead; the list wraps them in one element with role="table".
 */

function PresentationTable(props: ComponentProps<'table'>) {
  return <table {...props} role="presentation" />;
}
function HeaderRowGroup(props: ComponentProps<'thead'>) {
  return <thead {...props} role="rowgroup" />;
}
function HeaderRow(props: ComponentProps<'tr'>) {
  return <tr {...props} role="row" />;
}
function HeaderCell(props: ComponentProps<'th'>) {
  return <th {...props} role="columnheader" />;
}
function BodyRow(props: ComponentProps<'div'>) {
  return <div {...props} role="row" />;
}
function BodyCell(props: ComponentProps<'div'>) {
  return <div {...props} role="cell" />;
}

/** The `components` of a virtual Table whose header and rows read as one table. */
export const VIRTUAL_TABLE_ROLES = {
  header: { table: PresentationTable, wrapper: HeaderRowGroup, row: HeaderRow, cell: HeaderCell },
  body: { row: BodyRow, cell: BodyCell },
};
