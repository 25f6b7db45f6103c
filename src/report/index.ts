export type * from './model.js';
export { labelRange, yearPeriod } from './period.js';
export { agreementReport } from './report.js';
