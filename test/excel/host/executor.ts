/**
 * Answers the batched requests of Microsoft's Office.js client against the in-memory workbook: the wire
 * format is the client's own (`Body.ObjectPaths` describe how to reach an object, `Body.Actions` what to do
 * with it; see ClientRequestBase.buildRequestMessageBodyAndRequestFlags in excel-web-16.00.debug.js).
 */
import { HostError, notImplemented } from "./errors";
import { HostObject } from "./hostObject";
import type { WorkbookState } from "./model";
import { WorkbookHost } from "./workbook";

/** Excel on the web refuses requests over 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: unknown[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

/** What the client's request executor must resolve to (RequestExecutorResponseMessage). */
export interface ResponseMessage {
  HttpStatusCode: number;
  ErrorCode: string | null;
  ErrorMessage: string | null;
  Headers: Record<string, string>;
  Body: unknown;
}

export interface RequestLog {
  bytes: number;
  actions: number;
  /** "Worksheet.GetRange", "Range.Values=" ... for tests that look at what was asked. */
  members: string[];
}

const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;
const PATH = { global: 1, newObject: 2, method: 3, property: 4, indexer: 5, referenceId: 6, nullObject: 7 } as const;

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Holds objects handed out by reference (`_ReferenceId`), so an object made by `add` stays usable in later syncs. */
export class RequestExecutor {
  private readonly references = new Map<string, HostObject>();
  private nextReference = 1;

  constructor(private readonly wb: WorkbookState) {}

  execute(body: RequestBody, log: RequestLog): { Results: unknown[]; Error?: unknown } {
    const resolved = new Map<number, HostObject | null>();
    // Within Excel.run, the client asks to keep every object it tracks (a `_KeepReference` action on its
    // path, "AutoKeepReference" in the body) and expects its instantiate action to answer with a
    // `_ReferenceId`, through which it reaches the object in later requests (ObjectPath.updateUsingObjectData
    // in excel-web-16.00.debug.js).
    const kept = new Set(
      body.Actions.filter((a) => a.ActionType === ACTION.method && a.Name === "_KeepReference").map(
        (a) => a.ObjectPathId,
      ),
    );
    const referenced = new Map<number, string>();
    const resolve = (id: number): HostObject | null => {
      if (resolved.has(id)) return resolved.get(id)!;
      const info = body.ObjectPaths[String(id)];
      if (!info) throw new HostError("InvalidArgument", `The request references an unknown object path ${id}.`);
      const obj = this.resolvePath(info, resolve, log);
      resolved.set(id, obj);
      return obj;
    };
    const results: unknown[] = [];
    for (let index = 0; index < body.Actions.length; index++) {
      const action = body.Actions[index];
      try {
        const value = this.act(action, body, resolve, log, kept, referenced);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (e) {
        const err =
          e instanceof HostError ? e : new HostError("GeneralException", String((e as Error)?.stack ?? e), 500);
        return {
          Results: results,
          Error: {
            Code: err.code,
            Message: err.message,
            HttpStatusCode: err.httpStatus,
            ActionIndex: index,
            Location: "",
          },
        };
      }
    }
    return { Results: results };
  }

  private args(
    info: { ArgumentInfo?: ActionInfo["ArgumentInfo"] },
    resolve: (id: number) => HostObject | null,
  ): unknown[] {
    const args = [...(info.ArgumentInfo?.Arguments ?? [])];
    const refs = info.ArgumentInfo?.ReferencedObjectPathIds ?? [];
    refs.forEach((ref, i) => {
      if (Array.isArray(ref)) throw notImplemented("arrays of objects as arguments");
      if (typeof ref === "number" && ref > 0) args[i] = resolve(ref);
    });
    return args;
  }

  private resolvePath(
    info: ObjectPathInfo,
    resolve: (id: number) => HostObject | null,
    log: RequestLog,
  ): HostObject | null {
    const parent = () => {
      const p = resolve(info.ParentObjectPathId!);
      if (!p) throw new HostError("InvalidOperation", `${info.Name} on a null object.`);
      return p;
    };
    switch (info.ObjectPathType) {
      case PATH.global:
        return new WorkbookHost(this.wb);
      case PATH.property: {
        const p = parent();
        log.members.push(`${p.typeName}.${info.Name}`);
        return p.member("nav_", info.Name)() as HostObject;
      }
      case PATH.method: {
        const p = parent();
        log.members.push(`${p.typeName}.${info.Name}`);
        return (p.member("call_", info.Name)(...this.args(info, resolve)) as HostObject | null) ?? null;
      }
      case PATH.indexer: {
        const p = parent();
        log.members.push(`${p.typeName}[]`);
        return p.index(info.ArgumentInfo?.Arguments?.[0]);
      }
      case PATH.referenceId: {
        const obj = this.references.get(info.Name);
        if (!obj) throw new HostError("InvalidObjectPath", `Unknown reference ${info.Name}.`);
        return obj;
      }
      case PATH.nullObject:
        return null;
      default:
        throw notImplemented(`object paths of type ${info.ObjectPathType} (${info.Name})`);
    }
  }

  private act(
    action: ActionInfo,
    body: RequestBody,
    resolve: (id: number) => HostObject | null,
    log: RequestLog,
    kept: Set<number>,
    referenced: Map<number, string>,
  ): unknown {
    const obj = resolve(action.ObjectPathId);
    switch (action.ActionType) {
      case ACTION.instantiate: {
        if (!obj) return null;
        // Objects the client asked to keep, and objects made by `add`, get a reference, so the client can use
        // them again after this request (it marks their method path invalid once sent).
        const path = body.ObjectPaths[String(action.ObjectPathId)];
        const added = path?.ObjectPathType === PATH.method && path.Name === "Add";
        if (!added && !kept.has(action.ObjectPathId)) return {};
        let ref = referenced.get(action.ObjectPathId);
        if (!ref) {
          ref = path?.ObjectPathType === PATH.referenceId ? path.Name : `ref:${this.nextReference++}`;
          this.references.set(ref, obj);
          referenced.set(action.ObjectPathId, ref);
        }
        return { _ReferenceId: ref };
      }
      case ACTION.query:
        return obj ? this.query(obj, action.QueryInfo ?? {}) : null;
      case ACTION.setProperty: {
        if (!obj) throw new HostError("InvalidOperation", `Setting ${action.Name} on a null object.`);
        log.members.push(`${obj.typeName}.${action.Name}=`);
        obj.member("set_", action.Name)(action.ArgumentInfo?.Arguments?.[0]);
        return undefined;
      }
      case ACTION.method: {
        if (action.Name === "_KeepReference") return null; // answered by the instantiate action (above)
        if (action.Name === "_RemoveReference") {
          // Sent when Excel.run ends, for every object kept during the run.
          this.references.delete(String(this.args(action, resolve)[0]));
          return null;
        }
        if (!obj) throw new HostError("InvalidOperation", `Calling ${action.Name} on a null object.`);
        log.members.push(`${obj.typeName}.${action.Name}()`);
        const value = obj.member("call_", action.Name)(...this.args(action, resolve));
        if (value instanceof HostObject) throw notImplemented(`${obj.typeName}.${action.Name} as an action`);
        return value ?? null;
      }
      case ACTION.trace:
        return null;
      default:
        throw notImplemented(`actions of type ${action.ActionType} (${action.Name})`);
    }
  }

  /** A loaded object as the client expects it: wire (PascalCase) names, nested objects for "a/b" paths. */
  private query(obj: HostObject, q: NonNullable<ActionInfo["QueryInfo"]>): unknown {
    const items = obj.items();
    if (items) {
      const skip = q.Skip ?? 0;
      const chosen = items.slice(skip, q.Top === undefined ? undefined : skip + q.Top);
      return { _Items: chosen.map((item) => this.select(item, q.Select)) };
    }
    return this.select(obj, q.Select);
  }

  private select(obj: HostObject, select: string[] | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const paths =
      select && select.length ? select : obj.scalarNames().map((n) => n.charAt(0).toLowerCase() + n.slice(1));
    for (const path of paths) {
      const parts = path.split("/").map(pascal);
      let target: HostObject = obj;
      let into = out;
      for (const nav of parts.slice(0, -1)) {
        target = target.member("nav_", nav)() as HostObject;
        into = (into[nav] ??= {}) as Record<string, unknown>;
      }
      const last = parts[parts.length - 1];
      into[last] = target.member("get_", last)();
    }
    return out;
  }
}
