import { workersWorthStarting } from "../../cli/commands/validatePool";

describe("worker threads for validation, by measured benefit", () => {
  it("starts none on two cores, whatever the number of files", () => {
    expect(workersWorthStarting(1000, 5, 2)).toBe(0);
    expect(workersWorthStarting(100000, 50, 2)).toBe(0);
  });
  it("starts none for a few dozen files, where starting them costs more than it saves", () => {
    expect(workersWorthStarting(40, 5, 8)).toBe(0);
  });
  it("uses the spare cores for many files", () => {
    expect(workersWorthStarting(1000, 5, 8)).toBe(7);
  });
});
