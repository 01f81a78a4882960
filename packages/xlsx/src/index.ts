/**
 * @order75/xlsx — risk-list (Art. 9) import and export as XLSX, and daily-check exports (Art. 10), with
 * business dates written as Excel serials computed from the local date.
 */
export { riskListToXlsx, DATE_FORMAT } from './riskListToXlsx';
export { riskListFromXlsx, type RiskListImport, type RiskListImportOptions, type XlsxError } from './riskListFromXlsx';
export { dailyChecksToXlsx, type DailyChecksExportOptions } from './dailyChecksToXlsx';
export { localDateToSerial, serialToLocalDate, parseLocalDate } from './dates';
export { parseCadence, parseRole } from './vocabulary';
