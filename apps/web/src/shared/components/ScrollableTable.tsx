import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface ScrollableTableProps {
  /** Names the scrolling region for screen readers. */
  label: string;
  minWidth: number;
  children: ReactNode;
}

/**
 * A wide table scrolls sideways inside its own box on small screens instead of widening the page;
 * the box takes keyboard focus so that it can be scrolled without a mouse.
 */
export function ScrollableTable({ label, minWidth, children }: ScrollableTableProps) {
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-label={label}>
      <Table verticalSpacing="sm">{children}</Table>
    </Table.ScrollContainer>
  );
}
