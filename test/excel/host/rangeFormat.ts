/** Excel.RangeFormat and what hangs off it: font, fill, borders, protection. */
import { COLOR_NAMES } from "./colorNames";
import { HostError, invalidArgument, notImplemented } from "./errors";
import { HostObject } from "./hostObject";
import type { CellState } from "./model";
import type { RangeHost } from "./range";

const DEFAULT_COLUMN_WIDTH = 48; // points: Excel's 8.43 characters of Calibri 11
const DEFAULT_ROW_HEIGHT = 15;

/** "#RRGGBB" in upper case, as Excel reads a colour back; a named HTML colour ("orange") as its code. */
export function hexColor(v: unknown): string {
  const named = typeof v === "string" ? COLOR_NAMES.get(v.toLowerCase()) : undefined;
  if (named) return named;
  const m = typeof v === "string" ? /^#?([0-9a-f]{6})$/i.exec(v) : null;
  if (!m) throw invalidArgument(`colour ${JSON.stringify(v)}`);
  return `#${m[1].toUpperCase()}`;
}

/** One value when every cell agrees, null when they differ (as Excel reads a mixed range). */
function uniform<T>(range: RangeHost, read: (cell: CellState | undefined) => T): T | null {
  let first: T | undefined;
  let mixed = false;
  range.forEach((r, c, i, j) => {
    const v = read(range.cellAt(r, c));
    if (i === 0 && j === 0) first = v;
    else if (v !== first) mixed = true;
  });
  return mixed ? null : (first as T);
}

function eachCell(range: RangeHost, write: (cell: CellState) => void): void {
  range.guardFormat("allowFormatCells");
  range.forEach((r, c) => write(range.cellForWrite(r, c)));
}

const ALIGN_H = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const ALIGN_V = ["Top", "Center", "Bottom", "Justify", "Distributed"];

export class RangeFormatHost extends HostObject {
  readonly typeName = "RangeFormat";
  constructor(readonly range: RangeHost) {
    super(range.wb);
  }
  nav_Font(): FontHost {
    return new FontHost(this.range);
  }
  nav_Fill(): FillHost {
    return new FillHost(this.range);
  }
  nav_Borders(): BordersHost {
    return new BordersHost(this.range);
  }
  nav_Protection(): FormatProtectionHost {
    return new FormatProtectionHost(this.range);
  }
  get_WrapText(): boolean | null {
    return uniform(this.range, (c) => c?.wrapText ?? false);
  }
  set_WrapText(v: unknown): void {
    eachCell(this.range, (c) => (c.wrapText = Boolean(v)));
  }
  get_HorizontalAlignment(): string | null {
    return uniform(this.range, (c) => c?.horizontalAlignment ?? "General");
  }
  set_HorizontalAlignment(v: unknown): void {
    if (!ALIGN_H.includes(v as string)) throw invalidArgument(`horizontalAlignment ${JSON.stringify(v)}`);
    eachCell(this.range, (c) => (c.horizontalAlignment = v as string));
  }
  get_VerticalAlignment(): string | null {
    return uniform(this.range, (c) => c?.verticalAlignment ?? "Bottom");
  }
  set_VerticalAlignment(v: unknown): void {
    if (!ALIGN_V.includes(v as string)) throw invalidArgument(`verticalAlignment ${JSON.stringify(v)}`);
    eachCell(this.range, (c) => (c.verticalAlignment = v as string));
  }
  get_ColumnWidth(): number | null {
    const { col, lastCol } = this.range.rect;
    const widths = this.range.sheet.columnWidths;
    const first = widths.get(col) ?? DEFAULT_COLUMN_WIDTH;
    for (let c = col + 1; c <= lastCol; c++) if ((widths.get(c) ?? DEFAULT_COLUMN_WIDTH) !== first) return null;
    return first;
  }
  set_ColumnWidth(v: unknown): void {
    if (typeof v !== "number" || !(v >= 0)) throw invalidArgument(`columnWidth ${JSON.stringify(v)}`);
    this.range.guardFormat("allowFormatColumns");
    for (let c = this.range.rect.col; c <= this.range.rect.lastCol; c++) this.range.sheet.columnWidths.set(c, v);
  }
  get_RowHeight(): number | null {
    const { row, lastRow } = this.range.rect;
    const heights = this.range.sheet.rowHeights;
    const first = heights.get(row) ?? DEFAULT_ROW_HEIGHT;
    for (let r = row + 1; r <= lastRow; r++) if ((heights.get(r) ?? DEFAULT_ROW_HEIGHT) !== first) return null;
    return first;
  }
  set_RowHeight(v: unknown): void {
    if (typeof v !== "number" || !(v >= 0) || v > 409) throw invalidArgument(`rowHeight ${JSON.stringify(v)}`);
    this.range.guardFormat("allowFormatRows");
    for (let r = this.range.rect.row; r <= this.range.rect.lastRow; r++) this.range.sheet.rowHeights.set(r, v);
  }
}

export class FontHost extends HostObject {
  readonly typeName = "RangeFont";
  constructor(readonly range: RangeHost) {
    super(range.wb);
  }
  private read<K extends keyof CellState["font"]>(k: K): CellState["font"][K] | null {
    return uniform(
      this.range,
      (c) => (c?.font ?? { bold: false, italic: false, size: 11, color: "#000000", name: "Calibri" })[k],
    );
  }
  private write(update: (font: CellState["font"]) => void): void {
    eachCell(this.range, (c) => {
      c.font = { ...c.font };
      update(c.font);
    });
  }
  get_Bold() {
    return this.read("bold");
  }
  set_Bold(v: unknown) {
    this.write((f) => (f.bold = Boolean(v)));
  }
  get_Italic() {
    return this.read("italic");
  }
  set_Italic(v: unknown) {
    this.write((f) => (f.italic = Boolean(v)));
  }
  get_Size() {
    return this.read("size");
  }
  set_Size(v: unknown) {
    if (typeof v !== "number" || v < 1 || v > 409) throw invalidArgument(`font size ${JSON.stringify(v)}`);
    this.write((f) => (f.size = v));
  }
  get_Color() {
    return this.read("color");
  }
  set_Color(v: unknown) {
    const color = hexColor(v);
    this.write((f) => (f.color = color));
  }
  get_Name() {
    return this.read("name");
  }
  set_Name(v: unknown) {
    this.write((f) => (f.name = String(v)));
  }
}

export class FillHost extends HostObject {
  readonly typeName = "RangeFill";
  constructor(readonly range: RangeHost) {
    super(range.wb);
  }
  /** Excel reads a cell without fill as white. */
  get_Color(): string | null {
    return uniform(this.range, (c) => c?.fill ?? "#FFFFFF");
  }
  set_Color(v: unknown): void {
    const color = hexColor(v);
    eachCell(this.range, (c) => (c.fill = color));
  }
  /** ExcelApi 1.9: "None" or "Solid" (the only patterns the host stores). */
  get_Pattern(): string | null {
    return uniform(this.range, (c) => (c?.fill ? "Solid" : "None"));
  }
  call_Clear(): void {
    eachCell(this.range, (c) => (c.fill = null));
  }
}

const SIDES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"];
const STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"];

export class BordersHost extends HostObject {
  readonly typeName = "RangeBorderCollection";
  constructor(readonly range: RangeHost) {
    super(range.wb);
  }
  override index(side: unknown): BorderHost {
    if (!SIDES.includes(side as string)) throw notImplemented(`the border "${String(side)}"`);
    return new BorderHost(this.range, side as string);
  }
  call_GetItem(side: unknown): BorderHost {
    return this.index(side);
  }
}

/** One side of a range's border, kept per cell as top/bottom/left/right of each cell. */
export class BorderHost extends HostObject {
  readonly typeName = "RangeBorder";
  constructor(
    readonly range: RangeHost,
    readonly side: string,
  ) {
    super(range.wb);
  }
  /** Cells and the cell side that this border of the range paints. */
  private targets(): [number, number, string][] {
    const { row, col, lastRow, lastCol } = this.range.rect;
    const out: [number, number, string][] = [];
    this.range.forEach((r, c) => {
      if (this.side === "EdgeTop" && r === row) out.push([r, c, "top"]);
      if (this.side === "EdgeBottom" && r === lastRow) out.push([r, c, "bottom"]);
      if (this.side === "EdgeLeft" && c === col) out.push([r, c, "left"]);
      if (this.side === "EdgeRight" && c === lastCol) out.push([r, c, "right"]);
      if (this.side === "InsideHorizontal") {
        if (r > row) out.push([r, c, "top"]);
        if (r < lastRow) out.push([r, c, "bottom"]);
      }
      if (this.side === "InsideVertical") {
        if (c > col) out.push([r, c, "left"]);
        if (c < lastCol) out.push([r, c, "right"]);
      }
    });
    return out;
  }
  get_SideIndex(): string {
    return this.side;
  }
  get_Style(): string | null {
    const styles = new Set(this.targets().map(([r, c, s]) => this.range.cellAt(r, c)?.borders[s] ?? "None"));
    return styles.size === 1 ? [...styles][0] : null;
  }
  set_Style(v: unknown): void {
    if (!STYLES.includes(v as string)) throw invalidArgument(`border style ${JSON.stringify(v)}`);
    this.range.guardFormat("allowFormatCells");
    for (const [r, c, s] of this.targets()) {
      const cell = this.range.cellForWrite(r, c);
      cell.borders = { ...cell.borders, [s]: v as string };
      if (v === "None") delete cell.borders[s];
    }
  }
}

export class FormatProtectionHost extends HostObject {
  readonly typeName = "FormatProtection";
  constructor(readonly range: RangeHost) {
    super(range.wb);
  }
  get_Locked(): boolean | null {
    return uniform(this.range, (c) => c?.locked ?? true);
  }
  set_Locked(v: unknown): void {
    if (this.range.sheet.protection.protected)
      throw new HostError("AccessDenied", `${this.range.sheet.name} is protected: cannot change locking.`);
    this.range.forEach((r, c) => (this.range.cellForWrite(r, c).locked = Boolean(v)));
  }
}
