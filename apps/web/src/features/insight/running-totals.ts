import type { TStats } from '@srt/contracts';

type MonthCounts = TStats['submittedPerMonth'];

export interface MonthTotals {
  /** `YYYY-MM` */
  month: string;
  submitted: number;
  accepted: number;
  submittedToDate: number;
  acceptedToDate: number;
}

/** `YYYY-MM` of the month after `month`. */
function nextMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
}

/**
 * Every month from the first submission or acceptance to the last, with that month's counts and
 * the totals so far. Months without activity are kept (the line stays flat through them), so the
 * time axis is even; a plotted month-by-month count would drop to zero at each of them instead.
 */
export function runningTotals(submittedPerMonth: MonthCounts, acceptedPerMonth: MonthCounts): MonthTotals[] {
  const submitted = new Map(submittedPerMonth.map((row) => [row.month, row.count]));
  const accepted = new Map(acceptedPerMonth.map((row) => [row.month, row.count]));
  const active = [...submitted.keys(), ...accepted.keys()].sort();
  if (active.length === 0) return [];
  const last = active[active.length - 1];
  const months: MonthTotals[] = [];
  let submittedToDate = 0;
  let acceptedToDate = 0;
  for (let month = active[0]; month <= last; month = nextMonth(month)) {
    const row = { month, submitted: submitted.get(month) ?? 0, accepted: accepted.get(month) ?? 0 };
    submittedToDate += row.submitted;
    acceptedToDate += row.accepted;
    months.push({ ...row, submittedToDate, acceptedToDate });
  }
  return months;
}
