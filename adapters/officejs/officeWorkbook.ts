/// <reference types="office-js" />
/**
 * The workbook open in Excel as the core's WorkbookPort: the only code that calls `Excel.run`. Every
 * operation is one `Excel.run` with a constant number of `context.sync()` calls (see README.md for the
 * counts), whatever the number of rows; only writes over 4 MB add one request per 4 MB.
 */
import type { WorkbookGrid } from "../../core/grid";
import type { CellWrite, IssueMark, WorkbookPort } from "../../core/port";
import type { WorkbookSpec } from "../../core/template/spec";
import { applyMarks, type MarkRecord } from "./marks";
import { readWorkbookGrid } from "./readGrid";
import { renderSpec } from "./render";
import { capabilities, type Capabilities, type IsSetSupported } from "./requirements";
import { writeCellValues } from "./writeCells";

/** `Excel.run` or a stand-in with its signature (tests pass the in-memory host's `run`). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  run?: ExcelRun;
  isSetSupported?: IsSetSupported;
}

/** What the last operation cost, for the pane's diagnostics and the tests. */
export interface OperationCost {
  operation: "readGrid" | "render" | "writeCells" | "markIssues" | "clearMarks" | "selectCell";
  syncs: number;
}

const officeRun: ExcelRun = (batch) => Excel.run(batch);
const officeRequirements: IsSetSupported = (name, version) => Office.context.requirements.isSetSupported(name, version);

export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;
  private readonly isSetSupported: IsSetSupported;
  private marked: MarkRecord[] = [];
  lastCost: OperationCost | undefined;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? officeRun;
    this.isSetSupported = options.isSetSupported ?? officeRequirements;
  }

  /** The features this Excel offers (asked each time: a pane may outlive an Office update, not a session). */
  capabilities(): Capabilities {
    return capabilities(this.isSetSupported);
  }

  async readGrid(): Promise<WorkbookGrid> {
    const valuesOnly = this.capabilities().layout; // getUsedRange(valuesOnly) is ExcelApi 1.2
    const { grid, stats } = await this.run((context) => readWorkbookGrid(context, valuesOnly));
    this.lastCost = { operation: "readGrid", syncs: stats.syncs };
    return grid;
  }

  async render(spec: WorkbookSpec): Promise<void> {
    const can = this.capabilities();
    const stats = await this.run((context) => renderSpec(context, spec, can));
    this.lastCost = { operation: "render", syncs: stats.syncs };
  }

  async writeCells(writes: CellWrite[]): Promise<void> {
    const can = this.capabilities();
    const syncs = await this.run((context) => writeCellValues(context, writes, can));
    this.lastCost = { operation: "writeCells", syncs };
  }

  async markIssues(marks: IssueMark[]): Promise<void> {
    const can = this.capabilities();
    const { records, syncs } = await this.run((context) => applyMarks(context, this.marked, marks, can));
    this.marked = records;
    this.lastCost = { operation: "markIssues", syncs };
  }

  async clearMarks(): Promise<void> {
    const can = this.capabilities();
    const { records, syncs } = await this.run((context) => applyMarks(context, this.marked, [], can));
    this.marked = records;
    this.lastCost = { operation: "clearMarks", syncs };
  }

  /** ExcelApi 1.1: activates the sheet and selects the cell (a merged area's top-left selects the area). */
  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
    this.lastCost = { operation: "selectCell", syncs: 1 };
  }
}
