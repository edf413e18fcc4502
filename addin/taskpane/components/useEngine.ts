// The agency's checks (core, plan, validators) load as a chunk of their own right after the pane first paints.
import { useEffect, useState } from "react";

export type Engine = typeof import("../agency/engine");

let loading: Promise<Engine> | undefined;

/** The engine module once loaded (null until then), or why it could not be loaded (tried again next time). */
export function useEngine(): { engine: Engine | null; failure: string | null } {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    loading ??= import(/* webpackChunkName: "engine" */ "../agency/engine");
    loading.then(
      (m) => current && setEngine(m),
      (e: unknown) => {
        loading = undefined;
        if (current) setFailure(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return { engine, failure };
}
