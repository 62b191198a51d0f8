/** Character classes of the RegExp syntax the text layer uses, by UTF-16 code unit (no u flag). */

/** ASCII a-z. */
export const isLower = (c: number): boolean => c >= 97 && c <= 122;

/** ASCII A-Z. */
export const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/** RegExp `\w`: [A-Za-z0-9_]. */
export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

/** RegExp `\s`: white space and line terminators, including the Unicode spaces. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
