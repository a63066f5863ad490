/** 0 → "a", 25 → "z", 26 → "aa": the suffixes that tell same-name works apart (APA gives no rule past z). */
export function letters(n: number): string {
  let out = "";
  let k = n;
  do {
    out = String.fromCharCode(97 + (k % 26)) + out;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return out;
}
