import { describe, expect, it } from "vitest";
import { ListingParseError } from "../../src/parse/errors.js";
import { parseListing } from "../../src/parse/parse-listing.js";

/** A ListingParseError as another copy of paperlist makes it (its ESM or CommonJS build): the same name, another class. */
class ForeignListingParseError extends Error {
  override readonly name = "ListingParseError";
  readonly diagnostics = [];
}

describe("ListingParseError", () => {
  it("is what strict mode throws, with every error and a message that lists them", () => {
    const error = (() => {
      try {
        parseListing("LGFeb 10, 2025\n", { referenceDate: "2026-11-26", strict: true });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ListingParseError);
    expect(error).toBeInstanceOf(Error);
    const { diagnostics, message } = error as ListingParseError;
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.severity === "error")).toBe(true);
    expect(message).toMatch(/^the listing has 1 error:\n-:1:1 error /);
  });

  it("tells an error of another copy of the package by its name, and nothing else", () => {
    expect(new ForeignListingParseError("x") instanceof ListingParseError).toBe(true);
    expect(new Error("x") instanceof ListingParseError).toBe(false);
    expect(Object.assign(new Error("x"), { name: "OtherError" }) instanceof ListingParseError).toBe(false);
    expect({ name: "ListingParseError" } instanceof ListingParseError).toBe(false);
    expect((null as unknown) instanceof ListingParseError).toBe(false);
    // A class of the user's own, made from this one, is told as classes are.
    class Mine extends ListingParseError {}
    expect(new Mine([]) instanceof Mine).toBe(true);
    expect(new ListingParseError([]) instanceof Mine).toBe(false);
    expect(new ForeignListingParseError("x") instanceof Mine).toBe(false);
  });
});
