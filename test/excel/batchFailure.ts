/** Helpers the host's tests share: the first sheet, and the error a batch fails with. */

export const sheet1 = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("Sheet1");

/** The error a batch fails with (the client's OfficeExtension.Error, from another realm). */
export async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("expected the batch to fail");
}
