/** JSON Pointers over plain documents: what the column registry's paths address. */

/** The value at a JSON Pointer ("/spending/amount"), or undefined where the path does not exist. */
export function getAt(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  for (const seg of pointer.split("/").slice(1)) {
    if (cur === null || typeof cur !== "object") return undefined;
    const key = seg.replace(/~1/g, "/").replace(/~0/g, "~");
    if (!Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/**
 * Sets the value at a JSON Pointer, creating the objects on the way (so `spending` exists only once one of its
 * fields has a value). Keys such as "__proto__" are plain own properties, never the prototype.
 */
export function setAt(doc: Record<string, unknown>, pointer: string, value: unknown): void {
  const segs = pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let cur = doc;
  for (const seg of segs.slice(0, -1)) {
    let next = Object.hasOwn(cur, seg) ? cur[seg] : undefined;
    if (next === null || typeof next !== "object") {
      next = {};
      Object.defineProperty(cur, seg, { value: next, enumerable: true, writable: true, configurable: true });
    }
    cur = next as Record<string, unknown>;
  }
  const last = segs[segs.length - 1];
  Object.defineProperty(cur, last, { value, enumerable: true, writable: true, configurable: true });
}

/** The parent of a pointer: "/spending/amount" -> "/spending"; "/status" -> "". */
export function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf("/"));
}
