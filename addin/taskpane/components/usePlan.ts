// The plan in use and the user's choice of it: the remembered plan (or the embedded one) once the plan store has
// loaded, a plan file checked before it replaces anything, and the embedded plan again on request.
import { useCallback, useEffect, useState } from "react";
import type { PlanInUse, PlanRefusal } from "../plan/planStore";

export type PlanStoreModule = typeof import("../plan/planStore");

/** What the plan control says after the last thing that happened to the plan. */
export type PlanNotice =
  /** A plan file was taken; `remembered` is null where nothing is remembered (the validator page). */
  | { kind: "loaded"; fileName: string; remembered: boolean | null }
  | { kind: "embedded" }
  /** A file was refused: the plan in use did not change. Its problems are worded in the pane's language. */
  | { kind: "refused"; refusal: PlanRefusal }
  /** The remembered plan no longer passes the check: the embedded plan is in use instead. */
  | { kind: "stored-invalid"; fileName: string }
  /** Something unexpected (not the file's content): said in words, the error kept for "copy the details". */
  | { kind: "failed"; error: unknown };

export interface PlanState {
  /** The plan in use; null until the plan store has loaded. */
  inUse: PlanInUse | null;
  /** The name of the file being read, while it is. */
  reading: string | null;
  notice: PlanNotice | null;
  /** Checks a file and, if it is a usable plan, makes it the plan in use (and remembers it). */
  choose: (file: File) => void;
  /** Goes back to the embedded plan (and forgets the remembered one). */
  chooseEmbedded: () => void;
}

/**
 * The plan state of a page. `load` gives the plan store (the pane's engine chunk, or the module itself on the
 * validator page) and must be the same function on every render; `remember` keeps the choice in localStorage.
 */
export function usePlan(load: () => Promise<PlanStoreModule>, remember: boolean): PlanState {
  const [store, setStore] = useState<PlanStoreModule | null>(null);
  const [inUse, setInUse] = useState<PlanInUse | null>(null);
  const [notice, setNotice] = useState<PlanNotice | null>(null);
  const [reading, setReading] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    load().then(
      (m) => {
        if (!current) return;
        const restored = remember ? m.restorePlan(m.browserStorage()) : { inUse: m.EMBEDDED, invalidFile: null };
        setStore(m);
        setInUse(restored.inUse);
        if (restored.invalidFile !== null) setNotice({ kind: "stored-invalid", fileName: restored.invalidFile });
      },
      (e: unknown) => current && setNotice({ kind: "failed", error: e }),
    );
    return () => {
      current = false;
    };
  }, [load, remember]);

  const choose = useCallback(
    (file: File) => {
      if (!store) return;
      setReading(file.name);
      setNotice(null);
      void (async () => {
        try {
          const bytes = new Uint8Array(await file.arrayBuffer());
          const result = await store.readPlanFile(file.name, bytes);
          if (result.ok) {
            setInUse(result.inUse);
            const remembered = remember ? store.rememberPlan(store.browserStorage(), result.inUse) : null;
            setNotice({ kind: "loaded", fileName: file.name, remembered });
          } else setNotice({ kind: "refused", refusal: result.refusal });
        } catch (e) {
          setNotice({ kind: "failed", error: e });
        } finally {
          setReading(null);
        }
      })();
    },
    [store, remember],
  );

  const chooseEmbedded = useCallback(() => {
    if (!store) return;
    setInUse(store.EMBEDDED);
    if (remember) store.rememberPlan(store.browserStorage(), store.EMBEDDED);
    setNotice({ kind: "embedded" });
  }, [store, remember]);

  return { inUse, reading, notice, choose, chooseEmbedded };
}
