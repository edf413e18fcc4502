import { workersWorthStarting } from "../../cli/commands/validatePool";

describe("worker threads for validation, by measured benefit (the main thread validates too)", () => {
  it("starts one on two cores for a large folder", () => {
    expect(workersWorthStarting(1000, 3.5, 2)).toBe(1);
    expect(workersWorthStarting(100000, 50, 2)).toBe(1);
  });
  it("starts none for a few dozen files, where starting them costs more than it saves", () => {
    expect(workersWorthStarting(40, 5, 2)).toBe(0);
    expect(workersWorthStarting(40, 5, 8)).toBe(0);
  });
  it("starts none on one core", () => {
    expect(workersWorthStarting(100000, 50, 1)).toBe(0);
  });
  it("uses the other cores for many files", () => {
    expect(workersWorthStarting(1000, 5, 8)).toBe(7);
  });
});
