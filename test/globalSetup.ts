import { execFileSync } from 'node:child_process';

/** Builds dist/ once before any test file runs, so tests of the built bin never race a build. */
export default function setup(): void {
  execFileSync('npx', ['tsup', '--silent'], { stdio: 'inherit' });
}
