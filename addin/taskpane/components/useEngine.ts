// The agency's checks (core, plan, plan check, validators) load as a chunk of their own, started by index.tsx
// beside Office's own start (preloadEngine), so that they are ready while the clerk reads the first screen.
import { useEffect, useState } from "react";

export type Engine = typeof import("../agency/engine");

let loading: Promise<Engine> | undefined;

/** The engine chunk, loaded once (tried again on the next call when it failed). */
export function loadEngine(): Promise<Engine> {
  loading ??= import(/* webpackChunkName: "engine" */ "../agency/engine").catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

/**
 * Starts loading the engine now, and once it is there and the page is idle runs its checks once on an empty
 * workbook, so the first Validate does not pay for the code's first run. A failure here is left to the pane,
 * which loads again and says so.
 */
export function preloadEngine(): void {
  Promise.all([loadEngine(), import(/* webpackChunkName: "engine" */ "./warmUp")]).then(
    ([, { warmUpWhenIdle }]) => warmUpWhenIdle(),
    () => undefined,
  );
}

/** The engine module once loaded (null until then), or why it could not be loaded (tried again next time). */
export function useEngine(): { engine: Engine | null; failure: string | null } {
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    loadEngine().then(
      (m) => current && setEngine(m),
      (e: unknown) => current && setFailure(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      current = false;
    };
  }, []);
  return { engine, failure };
}
