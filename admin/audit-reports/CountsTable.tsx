import type { ReactNode } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface CountsColumn<Row> {
  /** The header, an i18n key or a text already translated. */
  label: string;
  value: (row: Row) => ReactNode;
  /** Counts are right-aligned in tabular figures, so that the digits line up. */
  numeric?: boolean;
}

/** A small table of counts: the numbers a chart draws, or a report's breakdown. */
export const CountsTable = <Row,>({
  label,
  columns,
  rows,
  rowKey,
}: {
  /** The table's accessible name (an i18n key). */
  label: string;
  columns: CountsColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
}) => {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate(label)}>
      <TableHead>
        <TableRow>
          {columns.map((column) => (
            <TableCell key={column.label} align={column.numeric ? 'right' : 'left'}>
              {translate(column.label, { _: column.label })}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)}>
            {columns.map((column) => (
              <TableCell
                key={column.label}
                align={column.numeric ? 'right' : 'left'}
                sx={column.numeric ? { fontVariantNumeric: 'tabular-nums' } : undefined}
              >
                {column.value(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
