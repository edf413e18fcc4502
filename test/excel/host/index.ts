/**
 * The stand-in Excel host, without Microsoft's client: an in-memory workbook, the executor that answers the
 * client's requests, and the counters. Runs in Node and in a browser page (no Node built-ins here).
 */
import {
  RequestExecutor,
  REQUEST_LIMIT_BYTES,
  type RequestBody,
  type RequestLog,
  type ResponseMessage,
} from "./executor";
import { FakeWorkbookView } from "./inspect";
import { newWorkbook, type WorkbookState } from "./model";

export { REQUEST_LIMIT_BYTES } from "./executor";
export type { RequestLog } from "./executor";
export { FakeWorkbookView } from "./inspect";

export interface HostCounters {
  /** Requests that reached the host: one per `context.sync()` that had something to send. */
  syncs: number;
  /** Requests in which the client released kept references at the end of an Excel.run (not syncs). */
  cleanups: number;
  requestBytes: number;
  maxRequestBytes: number;
  responseBytes: number;
  maxResponseBytes: number;
  requests: RequestLog[];
}

/** What `new Excel.RequestContext(info)` takes to send its requests to this host instead of Excel. */
export interface RequestInfoResolver {
  _resolveRequestUrlAndHeaderInfo(): Promise<{ url: string; headers: Record<string, string> }>;
  _createRequestExecutorOrNull(): {
    executeAsync(customData: unknown, flags: number, message: { Body: RequestBody }): Promise<ResponseMessage>;
  };
}

export interface InMemoryHost {
  state: WorkbookState;
  workbook: FakeWorkbookView;
  counters: HostCounters;
  requestInfo: RequestInfoResolver;
  resetCounters(): void;
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

export function createInMemoryHost(): InMemoryHost {
  const state = newWorkbook();
  const executor = new RequestExecutor(state);
  const counters: HostCounters = {
    syncs: 0,
    cleanups: 0,
    requestBytes: 0,
    maxRequestBytes: 0,
    responseBytes: 0,
    maxResponseBytes: 0,
    requests: [],
  };
  const answer = (message: { Body: RequestBody }): ResponseMessage => {
    // What crosses the wire is JSON: the host sees a copy, never the client's own arrays.
    const text = JSON.stringify(message.Body);
    const bytes = utf8Length(text);
    // When Excel.run ends, the client releases the references it kept in a request of its own: that is no
    // `context.sync()` of the code under test, so it is counted apart.
    const actions = message.Body.Actions;
    const releases = actions.filter((a) => a.Name === "_RemoveReference").length;
    if (releases > 0 && actions.every((a) => a.Name === "_RemoveReference" || a.ActionType === 1)) {
      counters.cleanups++;
      const cleanup = executor.execute(JSON.parse(text) as RequestBody, { bytes, actions: 0, members: [] });
      return { HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: cleanup };
    }
    counters.syncs++;
    counters.requestBytes += bytes;
    counters.maxRequestBytes = Math.max(counters.maxRequestBytes, bytes);
    const log: RequestLog = { bytes, actions: message.Body.Actions.length, members: [] };
    counters.requests.push(log);
    if (bytes > REQUEST_LIMIT_BYTES)
      return {
        HttpStatusCode: 413,
        ErrorCode: "RequestPayloadSizeLimitExceeded",
        ErrorMessage: `The request payload size (${bytes} bytes) has exceeded the limit of ${REQUEST_LIMIT_BYTES} bytes.`,
        Headers: {},
        Body: null,
      };
    const body = JSON.stringify(executor.execute(JSON.parse(text) as RequestBody, log));
    const responseBytes = utf8Length(body);
    counters.responseBytes += responseBytes;
    counters.maxResponseBytes = Math.max(counters.maxResponseBytes, responseBytes);
    // The limit holds for responses too: what was done stays done, the data does not come back.
    if (responseBytes > REQUEST_LIMIT_BYTES)
      return {
        HttpStatusCode: 413,
        ErrorCode: "ResponsePayloadSizeLimitExceeded",
        ErrorMessage: `The response payload size (${responseBytes} bytes) has exceeded the limit of ${REQUEST_LIMIT_BYTES} bytes.`,
        Headers: {},
        Body: null,
      };
    return { HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: JSON.parse(body) };
  };
  const requestInfo: RequestInfoResolver = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "https://tendik.invalid/fake-excel", headers: {} }),
    _createRequestExecutorOrNull: () => ({
      executeAsync: (_custom, _flags, message) => Promise.resolve().then(() => answer(message)),
    }),
  };
  return {
    state,
    workbook: new FakeWorkbookView(state),
    counters,
    requestInfo,
    resetCounters() {
      Object.assign(counters, {
        syncs: 0,
        cleanups: 0,
        requestBytes: 0,
        maxRequestBytes: 0,
        responseBytes: 0,
        maxResponseBytes: 0,
        requests: [],
      });
    },
  };
}
