// The printing service: what other rooms may import.
export { textColumns, wrapToColumns } from './columns';
export { buildTicketBytes } from './escpos-ticket';
export { CHECKBOX, layoutNoticeSlip, type NoticeSlip } from './notice-slip-layout';
export {
  createPrinterMonitor,
  healthStatusOf,
  type PrinterHealth,
  type PrinterHealthStatus,
  type PrinterMonitor,
  type PrinterMonitorOptions,
} from './printer-monitor';
export { type PrinterAddress, PrinterUri, parsePrinterUri } from './printer-uri';
export { layoutTicket, PRINTED_MATERIALS, paperColumns } from './ticket-layout';
export { createTicketPrinter, type PrintLog, type TicketPrinterOptions } from './ticket-printer';
export type {
  PaperWidth,
  PrinterStatus,
  PrintFailureReason,
  PrintOutcome,
  SlipPrintJob,
  ThermalPrinter,
  TicketKind,
  TicketLine,
  TicketPrinter,
  TicketPrintJob,
} from './types';
