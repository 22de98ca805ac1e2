// Minimal types for the two CLI libraries that ship none.

declare module 'asciichart' {
  export interface PlotConfig {
    height?: number;
    min?: number;
    max?: number;
    offset?: number;
    padding?: string;
    colors?: readonly (string | undefined)[];
    format?: (x: number, i: number) => string;
  }
  export function plot(
    series: readonly number[] | readonly (readonly number[])[],
    config?: PlotConfig,
  ): string;
  export const black: string;
  export const red: string;
  export const green: string;
  export const yellow: string;
  export const blue: string;
  export const magenta: string;
  export const cyan: string;
  export const lightgray: string;
  export const darkgray: string;
  export const reset: string;
  export const defaultColor: string;
}

declare module 'cli-progress' {
  export interface Options {
    format?: string;
    barsize?: number;
    stream?: NodeJS.WritableStream;
    clearOnComplete?: boolean;
    hideCursor?: boolean;
  }
  export interface Preset {
    readonly barCompleteChar: string;
    readonly barIncompleteChar: string;
  }
  export const Presets: { readonly shades_classic: Preset; readonly rect: Preset };
  export class SingleBar {
    constructor(options: Options, preset?: Preset);
    start(total: number, start: number): void;
    increment(n?: number): void;
    stop(): void;
  }
}
