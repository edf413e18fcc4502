/**
 * A master that cannot be a merge target is a misuse, not a data problem: one class per condition, so the
 * command line can say exactly what is wrong (and exit 2) without parsing messages.
 */
import { planHash, type Plan } from "../../schema";
import { MASTER_FORMAT_VERSION, type MasterIdentity } from "./model";

export abstract class MasterError extends Error {}

/** The workbook has no master identity sheet: a template, a submission, or some other workbook. */
export class NotAMasterError extends MasterError {
  override readonly name = "NotAMasterError";
  constructor(readonly found: string | null) {
    super(
      found
        ? `the workbook is not a Tendik master (its identity says "${found}")`
        : "the workbook is not a Tendik master (it has no Tendik identity sheet)",
    );
  }
}

/** A master of another plan. */
export class ForeignMasterError extends MasterError {
  override readonly name = "ForeignMasterError";
  constructor(
    readonly found: string,
    readonly expected: string,
  ) {
    super(
      `the master belongs to the plan "${found}", not "${expected}": work with that plan's file (--plan PLAN.json on the command line), or merge into a master of this plan or a new file`,
    );
  }
}

/** A master of another version of the same plan (its content hash differs). */
export class MasterPlanVersionError extends MasterError {
  override readonly name = "MasterPlanVersionError";
  constructor(
    readonly found: string,
    readonly expected: string,
  ) {
    super(
      `the master was made for another version of the plan (${found.slice(0, 12)}, expected ${expected.slice(0, 12)}); start a new master`,
    );
  }
}

/** A master written by a Tendik with another master format. */
export class MasterFormatVersionError extends MasterError {
  override readonly name = "MasterFormatVersionError";
  constructor(
    readonly found: string,
    readonly supported: number,
  ) {
    super(`master format version ${found} is not supported (this Tendik reads version ${supported})`);
  }
}

/** A data sheet of the master was renamed or deleted. */
export class MasterSheetMissingError extends MasterError {
  override readonly name = "MasterSheetMissingError";
  constructor(readonly sheet: string) {
    super(`the master has no sheet "${sheet}"; do not rename or delete the master's sheets`);
  }
}

/** A column of a master table was renamed or deleted. */
export class MasterColumnMissingError extends MasterError {
  override readonly name = "MasterColumnMissingError";
  constructor(
    readonly sheet: string,
    readonly column: string,
  ) {
    super(`the master's sheet "${sheet}" has no column "${column}"; do not rename or delete the master's columns`);
  }
}

/** A value in a master table that the master itself could not have written (edited by hand). */
export class MasterValueError extends MasterError {
  override readonly name = "MasterValueError";
  constructor(
    readonly sheet: string,
    readonly cell: string,
    detail: string,
  ) {
    super(`the master's sheet "${sheet}", cell ${cell}: ${detail}`);
  }
}

/**
 * Refuses a master that is not this plan's.
 * @throws {ForeignMasterError} another plan id.
 * @throws {MasterPlanVersionError} the same plan id with another content hash.
 * @throws {MasterFormatVersionError} a master format this code does not read.
 */
export function checkMasterIdentity(identity: MasterIdentity, plan: Plan): void {
  if (identity.formatVersion !== MASTER_FORMAT_VERSION)
    throw new MasterFormatVersionError(String(identity.formatVersion), MASTER_FORMAT_VERSION);
  if (identity.planId !== plan.id) throw new ForeignMasterError(identity.planId, plan.id);
  const hash = planHash(plan);
  if (identity.planHash !== hash) throw new MasterPlanVersionError(identity.planHash, hash);
}

/** A row of a master table whose key another row has already (copied by hand): it would be counted twice. */
export class MasterDuplicateRowError extends MasterError {
  override readonly name = "MasterDuplicateRowError";
  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly firstRow: number,
    key: string,
  ) {
    super(
      `the master's sheet "${sheet}", row ${row} repeats row ${firstRow} (${key}); a row was copied by hand: delete one of them`,
    );
  }
}
