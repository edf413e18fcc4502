/** Defined names, cell notes and threaded comments on the in-memory workbook. */
import { rectAddress, rectCols, rectRows, splitSheet } from "./address";
import { HostError, invalidArgument, notImplemented } from "./errors";
import { HostObject } from "./hostObject";
import { sheetById, sheetByName, type CellNote, type NameState, type WorkbookState } from "./model";
import { RangeHost } from "./range";
import { checkName } from "./tables";
import { quoteSheetName } from "./address";
import { rangeOn } from "./worksheet";

export class NamedItemCollectionHost extends HostObject {
  readonly typeName = "NamedItemCollection";
  override items(): NamedItemHost[] {
    return this.wb.names.map((n) => new NamedItemHost(this.wb, n));
  }
  private find(name: unknown): NameState | undefined {
    return this.wb.names.find((n) => n.name.toLowerCase() === String(name).toLowerCase());
  }
  override index(name: unknown): NamedItemHost {
    const n = this.find(name);
    if (!n) throw new HostError("ItemNotFound", `The requested resource doesn't exist: name "${String(name)}".`);
    return new NamedItemHost(this.wb, n);
  }
  call_GetItemOrNullObject(name: unknown): NamedItemHost | null {
    const n = this.find(name);
    return n ? new NamedItemHost(this.wb, n) : null;
  }
  call_GetCount(): number {
    return this.wb.names.length;
  }
  /** A name for a Range, or for a reference formula such as "=Lists!$A$1:$A$5" (the sheet must exist). */
  call_Add(name: unknown, reference: unknown, comment?: unknown): NamedItemHost {
    const checked = checkName(this.wb, name);
    let formula: string;
    if (reference instanceof RangeHost) {
      const r = reference.rect;
      const abs = rectAddress(r).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      formula = `=${quoteSheetName(reference.sheet.name)}!${abs}`;
    } else if (typeof reference === "string") {
      formula = reference.startsWith("=") ? reference : `=${reference}`;
      const { sheet } = splitSheet(formula);
      if (sheet !== null && !sheetByName(this.wb, sheet))
        throw invalidArgument(`the reference ${reference} names a sheet that does not exist`);
      if (sheet !== null) rangeOn(this.wb, null, formula); // throws on a malformed address
    } else throw invalidArgument(`the reference ${JSON.stringify(reference)}`);
    const item: NameState = { name: checked, formula, comment: String(comment ?? ""), visible: true };
    this.wb.names.push(item);
    return new NamedItemHost(this.wb, item);
  }
}

export class NamedItemHost extends HostObject {
  readonly typeName = "NamedItem";
  constructor(
    wb: WorkbookState,
    readonly item: NameState,
  ) {
    super(wb);
  }
  get_Name(): string {
    return this.item.name;
  }
  get_Formula(): string {
    return this.item.formula;
  }
  get_Type(): string {
    return "Range";
  }
  get_Value(): string {
    return this.item.formula.slice(1);
  }
  get_Visible(): boolean {
    return this.item.visible;
  }
  set_Visible(v: unknown): void {
    this.item.visible = Boolean(v);
  }
  get_Comment(): string {
    return this.item.comment;
  }
  call_GetRange(): RangeHost {
    return rangeOn(this.wb, null, this.item.formula);
  }
  call_Delete(): void {
    this.wb.names = this.wb.names.filter((n) => n !== this.item);
  }
}

/**
 * `workbook.comments` (ExcelApi 1.10, threaded comments) or `workbook.notes` (ExcelApi 1.18, notes), and the
 * same collections of one worksheet: one text per cell.
 */
export class NoteCollectionHost extends HostObject {
  readonly typeName: string;
  constructor(
    wb: WorkbookState,
    readonly kind: "comments" | "notes",
    readonly sheetId?: string,
  ) {
    super(wb);
    this.typeName = kind === "comments" ? "CommentCollection" : "NoteCollection";
  }
  private list(): CellNote[] {
    return this.wb[this.kind].filter((n) => !this.sheetId || n.sheetId === this.sheetId);
  }
  override items(): NoteHost[] {
    return this.list().map((n) => new NoteHost(this.wb, this.kind, n));
  }
  call_GetCount(): number {
    return this.list().length;
  }
  private cell(address: unknown): RangeHost {
    const range =
      address instanceof RangeHost
        ? address
        : rangeOn(this.wb, this.sheetId ? sheetById(this.wb, this.sheetId) : null, address);
    if (rectRows(range.rect) * rectCols(range.rect) !== 1) throw invalidArgument("a comment belongs to one cell");
    return range;
  }
  private at(range: RangeHost): CellNote | undefined {
    return this.wb[this.kind].find(
      (n) => n.sheetId === range.sheetId && n.row === range.rect.row && n.col === range.rect.col,
    );
  }
  call_Add(address: unknown, content: unknown, contentType?: unknown): NoteHost {
    if (contentType !== undefined && contentType !== null && contentType !== "Plain")
      throw invalidArgument(`content type ${String(contentType)}`);
    const range = this.cell(address);
    if (this.at(range)) throw new HostError("InvalidOperation", `The cell already has one of ${this.kind}.`);
    if (range.sheet.protection.protected && !range.sheet.protection.options.allowEditObjects)
      throw new HostError("AccessDenied", `${range.sheet.name} is protected.`);
    const note: CellNote = {
      id: `{comment-${this.wb.nextId++}}`,
      sheetId: range.sheetId,
      row: range.rect.row,
      col: range.rect.col,
      content: String(content),
    };
    this.wb[this.kind].push(note);
    return new NoteHost(this.wb, this.kind, note);
  }
  /** Notes are keyed by their cell address ("Sheet1!A1"), comments by their id. */
  override index(key: unknown): NoteHost {
    const byId = this.list().find((n) => n.id === key);
    if (byId) return new NoteHost(this.wb, this.kind, byId);
    const note = this.kind === "notes" ? this.call_GetItemOrNullObject(key) : null;
    if (!note)
      throw new HostError("ItemNotFound", `The requested resource doesn't exist: ${this.kind} at ${String(key)}.`);
    return note;
  }
  call_GetItem(key: unknown): NoteHost {
    return this.index(key);
  }
  call_GetItemOrNullObject(key: unknown): NoteHost | null {
    if (this.kind !== "notes") throw notImplemented("comments.getItemOrNullObject (by comment id)");
    const note = this.at(this.cell(key));
    return note ? new NoteHost(this.wb, this.kind, note) : null;
  }
  call_GetItemByCell(address: unknown): NoteHost {
    const note = this.at(this.cell(address));
    if (!note) throw new HostError("ItemNotFound", `The cell has none of ${this.kind}.`);
    return new NoteHost(this.wb, this.kind, note);
  }
}

export class NoteHost extends HostObject {
  readonly typeName: string;
  constructor(
    wb: WorkbookState,
    readonly kind: "comments" | "notes",
    readonly note: CellNote,
  ) {
    super(wb);
    this.typeName = kind === "comments" ? "Comment" : "Note";
  }
  get_Id(): string {
    return this.note.id;
  }
  get_Content(): string {
    return this.note.content;
  }
  set_Content(v: unknown): void {
    this.note.content = String(v);
  }
  call_Delete(): void {
    const sheet = sheetById(this.wb, this.note.sheetId);
    if (sheet.protection.protected && !sheet.protection.options.allowEditObjects)
      throw new HostError("AccessDenied", `${sheet.name} is protected.`);
    this.wb[this.kind] = this.wb[this.kind].filter((n) => n !== this.note);
  }
  call_GetLocation(): RangeHost {
    return new RangeHost(this.wb, this.note.sheetId, {
      row: this.note.row,
      col: this.note.col,
      lastRow: this.note.row,
      lastCol: this.note.col,
    });
  }
}
