import * as z from 'zod/mini';
import { AnalyzeOptionsSchema, ProcessSchema } from './input.js';
import { ReportSchema } from './report.js';

/** JSON Schemas (draft 2020-12) of the input process, the options and the report. */
export function jsonSchemas(): { process: unknown; options: unknown; report: unknown } {
  return {
    process: z.toJSONSchema(ProcessSchema),
    options: z.toJSONSchema(AnalyzeOptionsSchema),
    report: z.toJSONSchema(ReportSchema),
  };
}
