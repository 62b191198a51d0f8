import type { Report } from '../schema/report.js';

/** The report as stable, pretty-printed JSON: the same report always gives the same bytes. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
