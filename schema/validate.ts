import type { ErrorObject } from "ajv";
import { validateBodies, validatePlan, validateReport } from "./generated/validators";
import type { Plan, Report } from "./generated/types";

/** One schema violation, in Ajv's terms (keyword, params, JSON Pointer), before it becomes a Tendik issue. */
export type SchemaError = ErrorObject;

export interface SchemaResult<T> {
  valid: boolean;
  value: T;
  errors: SchemaError[];
}

function run<T>(validate: { (data: unknown): boolean; errors?: ErrorObject[] | null }, data: unknown): SchemaResult<T> {
  const valid = validate(data);
  return { valid, value: data as T, errors: valid ? [] : [...(validate.errors ?? [])] };
}

/** Checks a document against the plan schema (validators are precompiled: no code generation at run time). */
export function checkPlanSchema(data: unknown): SchemaResult<Plan> {
  return run<Plan>(validatePlan, data);
}

/** Checks a document against the report schema. */
export function checkReportSchema(data: unknown): SchemaResult<Report> {
  return run<Report>(validateReport, data);
}

export function checkBodiesSchema(data: unknown): SchemaResult<unknown> {
  return run(validateBodies, data);
}
