// What the soak's server thread can do, and the messages between it and the test.
import type { ServerResponse } from 'node:http';
import {
  neverAnswer,
  resetBeforeHeaders,
  resetMidBody,
  sendEmpty,
  sendHtml,
  sendTruncatedJson,
} from '../responses.ts';

export const soakFaults = {
  resetBeforeHeaders,
  resetMidBody,
  truncatedJson: (res: ServerResponse) => sendTruncatedJson(res),
  html502: (res: ServerResponse) => sendHtml(res, 502),
  empty500: (res: ServerResponse) => sendEmpty(res, 500),
  silent: neverAnswer,
} satisfies Record<string, (res: ServerResponse) => void>;

export type SoakFaultName = keyof typeof soakFaults;

export interface SoakServerOptions {
  /** Every `faultEvery`-th request gets a fault, the names taking turns. */
  faultEvery: number;
  faultNames: SoakFaultName[];
}

export type SoakCommand = { type: 'stats' } | { type: 'openSocketsAfter'; withinMs: number } | { type: 'close' };

export type SoakReply =
  | { type: 'ready'; origin: string }
  | { type: 'stats'; hits: number; faultsServed: number; openSockets: number }
  | { type: 'openSockets'; withRequests: number; spare: number };
