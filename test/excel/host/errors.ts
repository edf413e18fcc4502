/**
 * An error the stand-in host answers a request with: `code` is one of Excel's error codes (Excel.ErrorCodes),
 * which Microsoft's client turns into an `OfficeExtension.Error` with that code.
 */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = HTTP_STATUS[code] ?? 400,
  ) {
    super(message);
    this.name = "HostError";
  }
}

const HTTP_STATUS: Record<string, number> = {
  InvalidArgument: 400,
  InvalidOperation: 400,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  AccessDenied: 403,
  NotImplemented: 501,
  RequestPayloadSizeLimitExceeded: 413,
};

/** What the host does not implement: fails loudly with the member's name, never silently succeeds. */
export const notImplemented = (member: string): HostError =>
  new HostError("NotImplemented", `The stand-in Excel host does not implement ${member}.`);

export const invalidArgument = (what: string): HostError =>
  new HostError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${what}.`);
