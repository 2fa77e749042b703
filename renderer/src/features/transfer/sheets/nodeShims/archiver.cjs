// exceljs calls `require('archiver')` as a function: CommonJS hands it the function itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose, see above
module.exports = require('./zipArchiver.ts').default;
