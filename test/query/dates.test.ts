import { describe, expect, it } from "vitest";
import { after, before, between, inYear } from "../../src/query/index.js";
import { makePaper } from "./support.js";

const on = (published: string) => makePaper({ published });

describe("after / before", () => {
  it("after is strict, like date-fns isAfter", () => {
    expect(after("2016-06-15")(on("2016-06-15"))).toBe(false);
    expect(after("2016-06-15")(on("2016-06-16"))).toBe(true);
    expect(after("2016-12-31")(on("2017-01-01"))).toBe(true);
  });

  it("before is strict, like date-fns isBefore", () => {
    expect(before("2016-06-15")(on("2016-06-15"))).toBe(false);
    expect(before("2016-06-15")(on("2016-06-14"))).toBe(true);
    expect(before("2016-03-01")(on("2016-02-29"))).toBe(true);
  });

  it("matches nothing after the last day or before the first one a paper can carry", () => {
    for (const day of ["2016-06-15", "9999-12-31", "0000-01-01", "1999-01-01"]) {
      expect(after("9999-12-31")(on(day))).toBe(false);
      expect(before("0000-01-01")(on(day))).toBe(false);
    }
    expect(after("9999-12-30")(on("9999-12-31"))).toBe(true);
    expect(before("0000-01-02")(on("0000-01-01"))).toBe(true);
  });

  it("takes a Date or a timestamp as its calendar day in local time", () => {
    expect(after(new Date(2016, 5, 15, 18, 30))(on("2016-06-16"))).toBe(true);
    expect(after(new Date(2016, 5, 15, 18, 30))(on("2016-06-15"))).toBe(false);
    expect(before(new Date(2016, 5, 15).getTime())(on("2016-06-14"))).toBe(true);
  });

  it("reads the other ISO 8601 forms as parseISO does, a time as its local day", () => {
    const local = new Date(Date.UTC(2016, 2, 1, 23, 30));
    const day = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, "0")}-${String(local.getDate()).padStart(2, "0")}`;
    expect(after("2016-03-01T23:30:00Z")(on(day))).toBe(false);
    for (const iso of ["2016-W09-2", "2016-061", "20160301", "2016-03-01T12:00"]) {
      expect(after(iso)(on("2016-03-01")), iso).toBe(false);
      expect(after(iso)(on("2016-03-02")), iso).toBe(true);
    }
  });

  it("steps over the ends of months, leap days and years", () => {
    expect(after("2016-02-28")(on("2016-02-29"))).toBe(true);
    expect(after("2015-02-28")(on("2015-03-01"))).toBe(true);
    expect(before("2017-01-01")(on("2016-12-31"))).toBe(true);
    expect(before("2016-05-01")(on("2016-04-30"))).toBe(true);
    expect(before("2016-05-01")(on("2016-05-01"))).toBe(false);
    expect(before("0000-01-01")(on("0000-01-01"))).toBe(false);
  });

  it("refuses an invalid date", () => {
    expect(() => after("2016-02-30")).toThrow(RangeError);
    expect(() => before("yesterday")).toThrow(/not a valid date/);
    expect(() => after(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("between", () => {
  it("includes both ends, like date-fns isWithinInterval", () => {
    const p = between("2016-01-01", "2018-12-31");
    expect(p(on("2016-01-01"))).toBe(true);
    expect(p(on("2018-12-31"))).toBe(true);
    expect(p(on("2015-12-31"))).toBe(false);
    expect(p(on("2019-01-01"))).toBe(false);
  });

  it("allows a single day", () => {
    expect(between("2016-06-15", "2016-06-15")(on("2016-06-15"))).toBe(true);
  });

  it("refuses a start after the end rather than matching nothing", () => {
    expect(() => between("2018-01-01", "2016-01-01")).toThrow(/is after the end/);
    expect(() => between("2016-01-01", "2016-13-01")).toThrow(RangeError);
    // A day past the year 9999 is refused as before() and after() refuse it, not said to come before the start.
    expect(() => between("2016-01-01", new Date(10000, 0, 1))).toThrow("between: 10000-01-01 is not a day of the years 0 to 9999");
    expect(() => between(-1e15, "2016-01-01")).toThrow(/is not a day of the years 0 to 9999/);
  });
});

describe("inYear", () => {
  it("matches the first and last day of the year and nothing outside", () => {
    expect(inYear(2016)(on("2016-01-01"))).toBe(true);
    expect(inYear(2016)(on("2016-12-31"))).toBe(true);
    expect(inYear(2016)(on("2017-01-01"))).toBe(false);
    expect(inYear(2016)(on("2015-12-31"))).toBe(false);
  });

  it("refuses a year that is not a whole number from 0 to 9999", () => {
    expect(() => inYear(2016.5)).toThrow(RangeError);
    expect(() => inYear(-1)).toThrow(RangeError);
    expect(() => inYear(10000)).toThrow(RangeError);
  });
});
