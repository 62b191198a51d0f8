/** The part of write-good's API the benchmark uses (the package ships no types). */
declare module 'write-good' {
  interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  function writeGood(text: string, options?: Record<string, unknown>): Suggestion[];
  export default writeGood;
}
