// The printing service: what other rooms may import.
export { textColumns, wrapToColumns } from './columns';
export { buildTicketBytes } from './escpos-ticket';
export { type PrinterAddress, PrinterUri, parsePrinterUri } from './printer-uri';
export { layoutTicket, paperColumns } from './ticket-layout';
export { createTicketPrinter, type PrintLog, type TicketPrinterOptions } from './ticket-printer';
export type {
  PaperWidth,
  PrinterStatus,
  PrintFailureReason,
  PrintOutcome,
  TicketLine,
  TicketPrinter,
  TicketPrintJob,
} from './types';
