/// <reference types="office-js" />
/**
 * Keeps every request under Excel on the web's 5 MB limit. Work is queued on the context as usual; the budget
 * adds up an estimate of each queued action's bytes and syncs first when the next action would pass the
 * limit. A small operation therefore sends one request; a large one sends one more per `limit` bytes:
 * syncs = (the operation's fixed syncs) + ceil(bytes / limit) - 1, whatever the number of rows.
 */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** Headroom for what the estimate misses (object paths, ids): the budget aims at 80% of the limit. */
export const DEFAULT_BUDGET_BYTES = Math.floor(REQUEST_LIMIT_BYTES * 0.8);
/** An action and its object paths on the wire, without its arguments. */
export const ACTION_OVERHEAD_BYTES = 240;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value as JSON: what it adds to a request. */
export const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value) ?? "").length;

export class RequestBudget {
  private used = 0;
  /** Syncs this budget forced (beyond the operation's own). */
  extraSyncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly limit = DEFAULT_BUDGET_BYTES,
  ) {}

  /** Makes room for `actions` actions carrying `payloadBytes` of arguments, syncing first if they would not fit. */
  async reserve(actions: number, payloadBytes = 0): Promise<void> {
    const bytes = actions * ACTION_OVERHEAD_BYTES + payloadBytes;
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.context.sync();
      this.extraSyncs++;
      this.used = 0;
    }
    this.used += bytes;
  }
}
