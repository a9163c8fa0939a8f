import { describe, expect, it } from "vitest";
import { parseRange } from "./file-send";

describe("byte ranges", () => {
  it("reads first-last, open-ended and suffix ranges, clamped to the file", () => {
    expect(parseRange("bytes=0-9", 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange("bytes=90-", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=90-500", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-500", 100)).toEqual({ start: 0, end: 99 });
  });

  it("serves the whole file for no, invalid or multiple ranges, and refuses ranges past the end", () => {
    for (const header of [undefined, "bytes=5-2", "bytes=0-1,5-6", "items=0-1", "bytes=-"]) expect(parseRange(header, 100)).toBeNull();
    expect(parseRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=-0", 100)).toBe("unsatisfiable");
  });
});
