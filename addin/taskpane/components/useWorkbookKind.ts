// What the open workbook is (a report template of a body and period, a master, or neither), which decides what
// the pane offers: a report's workbook never gets the coordinator's merge, a master opens on it. Looked at when
// the engine or the plan is ready, and again whenever `look` is called: after New report wrote a template here,
// after a merge, when the user comes back to a tab.
import { useCallback, useEffect, useState } from "react";
import type { WorkbookKind } from "../agency/engine";
import type { PaneHost } from "../host";
import type { PlanInUse } from "../plan/planStore";
import { useEngine, type Engine } from "./useEngine";

export interface WorkbookKindState {
  engine: Engine | null;
  /** null until first looked at. */
  kind: WorkbookKind | null;
  /** Why the engine could not load or the workbook could not be read (shown with ErrorDetails). */
  failure: unknown;
  look: () => Promise<void>;
}

export function useWorkbookKind(host: PaneHost, inUse: PlanInUse | null): WorkbookKindState {
  const { engine, failure: engineFailure } = useEngine();
  const [kind, setKind] = useState<WorkbookKind | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  // Not on a change of language: what the workbook is holds no words.
  const look = useCallback(async () => {
    if (!engine || !inUse) return;
    try {
      setKind(engine.describeWorkbook(await host.port.readGrid(), inUse));
      setFailure(null);
    } catch (e) {
      setFailure(e ?? new Error("unknown"));
    }
  }, [engine, host, inUse]);

  useEffect(() => {
    void look();
  }, [look]);

  return { engine, kind, failure: engineFailure ? new Error(engineFailure) : failure, look };
}
