/**
 * A word no other run has used, letters only so that full-text search indexes it as one word:
 * journeys create their own data and must find exactly it, whatever earlier runs left behind.
 */
export function uniqueWord(): string {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  return `zq${stamp.replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)])}`;
}
