// Mojibake: UTF-8 bytes read as Windows-1252 or Latin-1 ("TrÄ™bacz" for "Trębacz",
// "StÃ©phane" for "Stéphane", "Â·" for "·"), once or twice.

/**
 * The characters Windows-1252 puts on bytes 0x80–0x9F (Latin-1 has controls there; the five
 * bytes it leaves undefined stand for themselves), by byte minus 0x80.
 *
 * @example
 * CP1252[0x96 - 0x80]; //=> "–"
 */
export const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** A lead byte of a UTF-8 sequence (Â–ô as Windows-1252) followed by a continuation byte. */
export const MOJIBAKE_HINT = /[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]/;

const decoder = /* @__PURE__ */ (() => (typeof TextDecoder === "function" ? new TextDecoder("utf-8", { fatal: true }) : undefined))();

/**
 * Reads `text` back as the UTF-8 it was before someone decoded it as
 * Windows-1252 or as Latin-1 (which keeps bytes 0x80–0x9F as control
 * characters: "TrÄ\u0099bacz"), once or twice ("TrÃ„â„¢bacz", read wrong by
 * one program, then by another), or returns `undefined` when that is not what
 * happened (a character outside both, or bytes that are not valid UTF-8).
 *
 * @example
 * repairMojibake("StÃ©phane"); //=> "Stéphane"
 * repairMojibake("TrÃ„â„¢bacz"); //=> "Trębacz"
 * repairMojibake("Stéphane"); //=> undefined
 */
export function repairMojibake(text: string): string | undefined {
  const once = readBack(text);
  // Read back a second time only when the first gave valid UTF-8 that still looks read wrong
  // (no text is decoded wrong three times over).
  return once !== undefined && MOJIBAKE_HINT.test(once) ? (readBack(once) ?? once) : once;
}

/** One reading back (see `repairMojibake`). */
function readBack(text: string): string | undefined {
  if (!decoder) return undefined;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Latin-1 gives every byte its own code; Windows-1252 gives 0x80–0x9F other characters.
    if (code <= 0xff) bytes[i] = code;
    else {
      const at = CP1252.indexOf(text[i]!);
      if (at < 0) return undefined;
      bytes[i] = 0x80 + at;
    }
  }
  if (!holdsReadWrongLetter(bytes)) return undefined;
  try {
    const repaired = decoder.decode(bytes);
    return repaired === text ? undefined : repaired;
  } catch {
    return undefined;
  }
}

/**
 * Whether `bytes` hold a letter read wrong: a lead byte of two ("Ã" of "Ã©"), or of three or
 * four with a byte after it other than a no-break space or a soft hyphen. One whose other bytes
 * are all those ("é" and two no-break spaces: "頠" read wrong) is as likely white space after an
 * accent, so a line that holds nothing else is left as it is. So is a multiplication sign
 * before one ("2.9 ×" and a page's "&nbsp;", "נ" read wrong), the one lead byte not a letter.
 */
function holdsReadWrongLetter(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0xc2) continue;
    if (lead < 0xe0) {
      if (lead !== 0xd7 || !isBlankByte(bytes[i + 1])) return true;
      continue;
    }
    for (let k = i + 1, end = i + (lead < 0xf0 ? 3 : 4); k < end; k++) if (!isBlankByte(bytes[k])) return true;
  }
  return false;
}

/** Whether `byte` is a no-break space (0xA0) or a soft hyphen (0xAD) as Latin-1 writes them. */
function isBlankByte(byte: number | undefined): boolean {
  return byte === 0xa0 || byte === 0xad;
}
