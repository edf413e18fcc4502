/**
 * The base of every object the stand-in host answers for. Microsoft's client names members on the wire in
 * PascalCase ("Values", "GetRange", "Format"); a host class offers them as `get_Values`, `set_Values`,
 * `call_GetRange`, `nav_Format`, `index(key)` and `items()`, and the executor finds them by name. A member a
 * class lacks fails with `NotImplemented` naming it.
 */
import { HostError, notImplemented } from "./errors";
import type { WorkbookState } from "./model";

export type Member = (...args: unknown[]) => unknown;

export abstract class HostObject {
  abstract readonly typeName: string;
  constructor(readonly wb: WorkbookState) {}

  member(prefix: "get_" | "set_" | "call_" | "nav_", name: string): Member {
    const fn = (this as unknown as Record<string, unknown>)[`${prefix}${name}`];
    if (typeof fn !== "function") {
      const what = { get_: "reading", set_: "setting", call_: "calling", nav_: "navigating to" }[prefix];
      throw notImplemented(`${what} ${this.typeName}.${name}`);
    }
    return (fn as Member).bind(this);
  }

  /** Scalar properties, for a `load()` without a selection. */
  scalarNames(): string[] {
    const names = new Set<string>();
    for (let p = Object.getPrototypeOf(this); p && p !== HostObject.prototype; p = Object.getPrototypeOf(p))
      for (const key of Object.getOwnPropertyNames(p)) if (key.startsWith("get_")) names.add(key.slice(4));
    return [...names];
  }

  index(_key: unknown): HostObject | null {
    throw notImplemented(`the indexer of ${this.typeName}`);
  }

  /** For collections: the item at a position (the client's path to a loaded item that has no id). */
  call_GetItemAt(i: unknown): HostObject {
    const items = this.items();
    if (!items) throw notImplemented(`${this.typeName}.getItemAt`);
    const item = items[i as number];
    if (!item) throw new HostError("ItemNotFound", `${this.typeName} has no item at ${String(i)}.`);
    return item;
  }

  /** For collections: the items a `load("items")` returns. */
  items(): HostObject[] | undefined {
    return undefined;
  }
}
