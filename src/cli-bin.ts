import { readFileSync } from 'node:fs';
import { runCli } from './cli.js';

const code = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  env: process.env,
  color: process.stdout.isTTY === true,
  streams: { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr },
});
if (typeof code === 'number') process.exitCode = code;
else void code.then((c) => (process.exitCode = c));
