export { readJsonFile } from './readProcess.js';
export { runCli, type CliIO } from '../cli.js';
export { runBatch, type BatchError, type BatchOptions, type BatchProgress, type BatchSummary } from './batch.js';
export { progressBar, renderProgress, type ProgressBar, type ProgressBarOptions, type ProgressStream } from './progress.js';
export { readLines, type SourceLine } from './ndjson.js';
