import { describe, expect, it } from "vitest";
import { isWhiteSpace } from "../../src/_lib/white-space.js";

describe("isWhiteSpace", () => {
  it("agrees with String.prototype.trim on every UTF-16 code", () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      expect(isWhiteSpace(code), `U+${code.toString(16)}`).toBe(char.trim() === "");
    }
  });
});
