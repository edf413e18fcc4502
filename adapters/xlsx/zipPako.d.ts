/**
 * The little of pako (JSZip's own inflater, so already in every bundle) that the package reader uses: a
 * streaming raw-deflate inflater whose output arrives in chunks, so a running count can stop a bomb.
 */
declare module "pako" {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    /** Feeds input; `true` ends the stream. Returns false on a damaged stream (then `err` is set). */
    push(data: Uint8Array, mode?: boolean): boolean;
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    err: number;
    ended: boolean;
  }
}
