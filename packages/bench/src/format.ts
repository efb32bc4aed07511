// Number formats shared by the report and the target notes.
export const ratio = (value: number): string => `${value.toFixed(2)}×`;
export const count = (value: number): string => Math.round(value).toLocaleString('en-US');
export const micros = (ms: number): string => `${(ms * 1000).toFixed(ms < 0.01 ? 2 : 1)} µs`;
export const millis = (ms: number): string => `${ms.toFixed(ms < 10 ? 3 : 1)} ms`;
/** µs below a millisecond, ms above. */
export const duration = (ms: number): string => (Math.abs(ms) < 1 ? micros(ms) : millis(ms));
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
export const bytes = (value: number): string => `${count(value)} B`;
