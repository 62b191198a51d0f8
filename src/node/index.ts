export { readJsonFile } from './readProcess.js';
export { runCli, type CliIO } from '../cli.js';
