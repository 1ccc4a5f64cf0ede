export type { Cache, CachedValue } from './cache';
export type { CatalogEntry, CatalogStore } from './catalog';
export type { StoreLogger } from './measure';
export { LATEST_VERSION } from './migrations';
export type { NumberBlock, NumberBlocks } from './number-blocks';
export { type KioskStore, openStore, type StoreOptions } from './open-store';
export type { Outbox, OutboxItem } from './outbox';
export type { IssuedTicketRecord, PrintStatus, TicketSource, Tickets } from './tickets';
