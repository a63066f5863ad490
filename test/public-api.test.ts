// The public API of each entry, pinned: adding an export is a decision, and
// removing one is a breaking change.
import { describe, expect, it } from "vitest";
import * as markdown from "../src/markdown/index.js";
import * as main from "../src/index.js";

describe("the public API", () => {
  it("exposes these values from paperlist", () => {
    expect(Object.keys(main).sort()).toMatchSnapshot();
  });

  it("exposes these values from paperlist/markdown", () => {
    expect(Object.keys(markdown).sort()).toMatchSnapshot();
  });
});
