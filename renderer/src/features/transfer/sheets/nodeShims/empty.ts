// Stands in for `fs` and `crypto` in the sheet worker: exceljs imports them for writing to a named
// file and for sheet protection, neither of which the 台账 export uses.
export default {};
