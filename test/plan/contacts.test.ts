/**
 * The contacts register (whom to call at each body) through the plan's authoring workbook: written in the bodies
 * sheet's contact columns, read back into the plan, typed in by hand, and never part of the plan's version.
 */
import { readWorkbook, writeWorkbook } from "../../adapters/xlsx";
import { buildPlanWorkbook, readPlanWorkbook } from "../../core/plan";
import { PLAN_SHEETS } from "../../core/plan/layout";
import { checkPlanSchema, defaultPlan, planHash, type Plan } from "../../schema";

function withContacts(): Plan {
  const plan = structuredClone(defaultPlan);
  plan.bodies.find((b) => b.code === "ЭСӨМ")!.contact = {
    name: "Жолдошева Бермет",
    position: "гендердик саясат бөлүмүнүн башчысы",
    phone: "+996 312 66-00-01",
    email: "b.joldosheva@mlsp.gov.kg",
  };
  plan.bodies.find((b) => b.code === "УСК")!.contact = { phone: "0312 32-46-15" };
  return plan;
}

/** The column letter of a key in the bodies sheet's key row (row 2), and the row of a body's code. */
function locate(grid: Awaited<ReturnType<typeof readWorkbook>>, key: string, code: string) {
  const sheet = grid.sheets.find((s) => s.name === PLAN_SHEETS.bodies)!;
  const col = [...sheet.cells].find(([ref, c]) => /^[A-Z]+2$/.test(ref) && c.value === key)![0].replace(/\d+$/, "");
  const codeCol = [...sheet.cells]
    .find(([ref, c]) => /^[A-Z]+2$/.test(ref) && c.value === "code")![0]
    .replace(/\d+$/, "");
  const row = [...sheet.cells]
    .find(([ref, c]) => ref.replace(/\d+$/, "") === codeCol && c.value === code)![0]
    .replace(/^[A-Z]+/, "");
  return { sheet, ref: `${col}${row}` };
}

describe("the contacts register in the plan's authoring workbook", () => {
  it("round-trips every contact through the bodies sheet, and the plan's hash ignores it", async () => {
    const plan = withContacts();
    const grid = await readWorkbook(await writeWorkbook(buildPlanWorkbook(plan)));
    const reading = readPlanWorkbook(grid, {});
    expect(reading.issues).toEqual([]);
    const body = (code: string) => reading.plan!.bodies.find((b) => b.code === code)!;
    expect(body("ЭСӨМ").contact).toEqual(plan.bodies.find((b) => b.code === "ЭСӨМ")!.contact);
    expect(body("УСК").contact).toEqual({ phone: "0312 32-46-15" });
    expect(body("БИМ").contact).toBeUndefined();
    expect(checkPlanSchema(reading.plan).errors).toEqual([]);
    // Staff change, the plan does not: templates already sent still belong to it.
    expect(planHash(reading.plan!)).toBe(planHash(defaultPlan));
  });

  it("reads a contact a coordinator types in, a phone typed as a number too", async () => {
    const grid = await readWorkbook(await writeWorkbook(buildPlanWorkbook(defaultPlan)));
    const name = locate(grid, "contact.name", "БИМ");
    name.sheet.cells.set(name.ref, { value: "  Абдыкадырова Нуриза  " });
    const phone = locate(grid, "contact.phone", "БИМ");
    phone.sheet.cells.set(phone.ref, { value: 312621520 });
    const reading = readPlanWorkbook(grid, {});
    expect(reading.issues).toEqual([]);
    expect(reading.plan!.bodies.find((b) => b.code === "БИМ")!.contact).toEqual({
      name: "Абдыкадырова Нуриза",
      phone: "312621520",
    });
  });

  it("heads the contact columns in the workbook's three languages", () => {
    const sheet = buildPlanWorkbook(defaultPlan).sheets.find((s) => s.name === PLAN_SHEETS.bodies)!;
    const keys = sheet.cells.filter((c) => /^[A-Z]+2$/.test(c.ref)).map((c) => c.value);
    expect(keys).toEqual(
      expect.arrayContaining(["contact.name", "contact.position", "contact.phone", "contact.email"]),
    );
  });
});
