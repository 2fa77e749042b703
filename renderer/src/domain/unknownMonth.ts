/**
 * How 总览 and the lists' 月份 filter name the month of a date known only to its year (2019年,
 * 2021年初): such a date sorts after the year's December (是年).
 */
export const UNKNOWN_MONTH = '不详';
