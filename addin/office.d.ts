// tsconfig.json lists its global "types" (node, jest), so the Office.js globals (`Office`, `Excel`) from
// @types/office-js are brought in here. They are visible to the whole type-check; lint keeps them out of
// schema/, core/ and addin/taskpane/components/.
/// <reference types="office-js" />
