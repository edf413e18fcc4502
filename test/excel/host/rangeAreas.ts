/**
 * Excel.RangeAreas (ExcelApi 1.9): several rectangles of one sheet acted on at once. Every member reached
 * through it (format, font, fill, borders, dataValidation ...) is the same member on each area in turn; a
 * property reads as its common value, or null where the areas differ, as Excel reads a mixed range.
 */
import { HostObject, type Member } from "./hostObject";
import type { WorkbookState } from "./model";
import type { RangeHost } from "./range";

export class FanOutHost extends HostObject {
  constructor(
    wb: WorkbookState,
    readonly typeName: string,
    readonly parts: HostObject[],
  ) {
    super(wb);
  }

  override member(prefix: "get_" | "set_" | "call_" | "nav_", name: string): Member {
    const own = (this as unknown as Record<string, unknown>)[`${prefix}${name}`];
    if (typeof own === "function") return (own as Member).bind(this);
    const members = this.parts.map((p) => p.member(prefix, name));
    return (...args: unknown[]) => {
      const results = members.map((m) => m(...args));
      if (prefix === "nav_") {
        const parts = results as HostObject[];
        return new FanOutHost(this.wb, parts[0]?.typeName ?? name, parts);
      }
      if (prefix === "get_") {
        const first = JSON.stringify(results[0]);
        return results.every((r) => JSON.stringify(r) === first) ? results[0] : null;
      }
      return undefined;
    };
  }

  override index(key: unknown): HostObject {
    const parts = this.parts.map((p) => p.index(key)!);
    return new FanOutHost(this.wb, parts[0]?.typeName ?? "item", parts);
  }
}

export class RangeAreasHost extends FanOutHost {
  constructor(
    wb: WorkbookState,
    readonly areas: RangeHost[],
  ) {
    super(wb, "RangeAreas", areas);
  }
  get_Address(): string {
    return this.areas.map((a) => a.get_Address()).join(",");
  }
  get_AreaCount(): number {
    return this.areas.length;
  }
}
