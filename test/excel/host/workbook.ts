/** Excel.Workbook, the root every request starts from. */
import { HostObject } from "./hostObject";
import { NamedItemCollectionHost, NoteCollectionHost } from "./names";
import { RangeHost } from "./range";
import { TableCollectionHost } from "./tables";
import { WorksheetCollectionHost } from "./worksheet";

export class WorkbookHost extends HostObject {
  readonly typeName = "Workbook";
  nav_Worksheets(): WorksheetCollectionHost {
    return new WorksheetCollectionHost(this.wb);
  }
  nav_Names(): NamedItemCollectionHost {
    return new NamedItemCollectionHost(this.wb);
  }
  nav_Tables(): TableCollectionHost {
    return new TableCollectionHost(this.wb);
  }
  nav_Comments(): NoteCollectionHost {
    return new NoteCollectionHost(this.wb, "comments");
  }
  call_GetSelectedRange(): RangeHost {
    return new RangeHost(this.wb, this.wb.selection.sheetId, this.wb.selection.rect);
  }
  call_GetActiveCell(): RangeHost {
    const { row, col } = this.wb.selection.rect;
    return new RangeHost(this.wb, this.wb.selection.sheetId, { row, col, lastRow: row, lastCol: col });
  }
}
