/** Charts on the in-memory workbook: type, title, position and series pointing at ranges. */
import { rectAddress } from "./address";
import { HostError, invalidArgument, notImplemented } from "./errors";
import { HostObject } from "./hostObject";
import { sheetById, type ChartSeriesState, type ChartState, type WorkbookState } from "./model";
import { hexColor } from "./rangeFormat";
import { toRange } from "./tables";

const CHART_TYPES = ["BarStacked", "ColumnStacked", "ColumnClustered", "BarClustered", "Line", "Pie"];

export class ChartCollectionHost extends HostObject {
  readonly typeName = "ChartCollection";
  constructor(
    wb: WorkbookState,
    readonly sheetId: string,
  ) {
    super(wb);
  }
  private list(): ChartState[] {
    return this.wb.charts.filter((c) => c.sheetId === this.sheetId);
  }
  override items(): ChartHost[] {
    return this.list().map((c) => new ChartHost(this.wb, c));
  }
  override index(key: unknown): ChartHost {
    const c = this.list().find((x) => x.name === key || x.id === key);
    if (!c) throw new HostError("ItemNotFound", `The requested resource doesn't exist: chart "${String(key)}".`);
    return new ChartHost(this.wb, c);
  }
  call_GetCount(): number {
    return this.list().length;
  }
  /** A chart over a block: one series per column ("Columns") or per row ("Rows"), named Series1, ... */
  call_Add(type: unknown, source: unknown, seriesBy?: unknown): ChartHost {
    if (!CHART_TYPES.includes(type as string)) throw notImplemented(`the chart type ${JSON.stringify(type)}`);
    if (seriesBy !== undefined && seriesBy !== "Auto" && seriesBy !== "Columns" && seriesBy !== "Rows")
      throw invalidArgument(`seriesBy ${JSON.stringify(seriesBy)}`);
    const range = toRange(this.wb, source, this.sheetId);
    const { row, col, lastRow, lastCol } = range.rect;
    const byRows = seriesBy === "Rows";
    const count = byRows ? lastRow - row + 1 : lastCol - col + 1;
    const sheetName = range.sheet.name;
    const series: ChartSeriesState[] = Array.from({ length: count }, (_, i) => {
      const rect = byRows
        ? { row: row + i, col, lastRow: row + i, lastCol }
        : { row, col: col + i, lastRow, lastCol: col + i };
      return { name: `Series${i + 1}`, values: `${sheetName}!${rectAddress(rect)}` };
    });
    const chart: ChartState = {
      id: String(this.wb.nextId++),
      name: `Chart ${this.wb.charts.length + 1}`,
      type: type as string,
      title: "",
      sheetId: this.sheetId,
      series,
    };
    this.wb.charts.push(chart);
    return new ChartHost(this.wb, chart);
  }
}

export class ChartHost extends HostObject {
  readonly typeName = "Chart";
  constructor(
    wb: WorkbookState,
    readonly chart: ChartState,
  ) {
    super(wb);
  }
  get_Id(): string {
    return this.chart.id;
  }
  get_Name(): string {
    return this.chart.name;
  }
  set_Name(v: unknown): void {
    this.chart.name = String(v);
  }
  get_ChartType(): string {
    return this.chart.type;
  }
  set_ChartType(v: unknown): void {
    if (!CHART_TYPES.includes(v as string)) throw notImplemented(`the chart type ${JSON.stringify(v)}`);
    this.chart.type = v as string;
  }
  nav_Title(): ChartTitleHost {
    return new ChartTitleHost(this.wb, this.chart);
  }
  nav_Series(): ChartSeriesCollectionHost {
    return new ChartSeriesCollectionHost(this.wb, this.chart);
  }
  call_SetPosition(start: unknown, end?: unknown): void {
    const sheet = sheetById(this.wb, this.chart.sheetId);
    this.chart.from = rectAddress(toRange(this.wb, start, sheet.id).rect);
    if (end !== undefined && end !== null) this.chart.to = rectAddress(toRange(this.wb, end, sheet.id).rect);
  }
  call_Delete(): void {
    this.wb.charts = this.wb.charts.filter((c) => c !== this.chart);
  }
}

export class ChartTitleHost extends HostObject {
  readonly typeName = "ChartTitle";
  constructor(
    wb: WorkbookState,
    readonly chart: ChartState,
  ) {
    super(wb);
  }
  get_Text(): string {
    return this.chart.title;
  }
  set_Text(v: unknown): void {
    this.chart.title = String(v);
  }
  get_Visible(): boolean {
    return this.chart.title !== "";
  }
}

export class ChartSeriesCollectionHost extends HostObject {
  readonly typeName = "ChartSeriesCollection";
  constructor(
    wb: WorkbookState,
    readonly chart: ChartState,
  ) {
    super(wb);
  }
  override items(): ChartSeriesHost[] {
    return this.chart.series.map((s) => new ChartSeriesHost(this.wb, this.chart, s));
  }
  call_GetCount(): number {
    return this.chart.series.length;
  }
  override call_GetItemAt(i: unknown): ChartSeriesHost {
    const s = this.chart.series[i as number];
    if (!s) throw new HostError("ItemNotFound", `The chart has no series ${String(i)}.`);
    return new ChartSeriesHost(this.wb, this.chart, s);
  }
  call_Add(name?: unknown, index?: unknown): ChartSeriesHost {
    const s: ChartSeriesState = { name: typeof name === "string" ? name : `Series${this.chart.series.length + 1}` };
    if (typeof index === "number") this.chart.series.splice(index, 0, s);
    else this.chart.series.push(s);
    return new ChartSeriesHost(this.wb, this.chart, s);
  }
}

export class ChartSeriesHost extends HostObject {
  readonly typeName = "ChartSeries";
  constructor(
    wb: WorkbookState,
    readonly chart: ChartState,
    readonly series: ChartSeriesState,
  ) {
    super(wb);
  }
  get_Name(): string {
    return this.series.name;
  }
  set_Name(v: unknown): void {
    this.series.name = String(v);
  }
  private qualified(v: unknown): string {
    const range = toRange(this.wb, v);
    return `${range.sheet.name}!${rectAddress(range.rect)}`;
  }
  call_SetValues(v: unknown): void {
    this.series.values = this.qualified(v);
  }
  call_SetXAxisValues(v: unknown): void {
    this.series.xValues = this.qualified(v);
  }
  call_Delete(): void {
    this.chart.series = this.chart.series.filter((s) => s !== this.series);
  }
  nav_Format(): ChartSeriesFormatHost {
    return new ChartSeriesFormatHost(this.wb, this.series);
  }
}

export class ChartSeriesFormatHost extends HostObject {
  readonly typeName = "ChartSeriesFormat";
  constructor(
    wb: WorkbookState,
    readonly series: ChartSeriesState,
  ) {
    super(wb);
  }
  nav_Fill(): ChartFillHost {
    return new ChartFillHost(this.wb, this.series);
  }
}

export class ChartFillHost extends HostObject {
  readonly typeName = "ChartFill";
  constructor(
    wb: WorkbookState,
    readonly series: ChartSeriesState,
  ) {
    super(wb);
  }
  call_SetSolidColor(color: unknown): void {
    this.series.color = hexColor(color);
  }
  call_Clear(): void {
    delete this.series.color;
  }
}
