// Minimal types for the parts of fontkit 2 used in tests and scripts (no @types/fontkit installed).
declare module 'fontkit' {
  export interface Font {
    readonly type: string;
    readonly postscriptName: string;
    readonly familyName: string;
    readonly numGlyphs: number;
    readonly characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export interface FontCollection {
    readonly type: 'TTC' | 'DFont';
    readonly fonts: Font[];
  }
  export function openSync(filename: string, postscriptName?: string): Font | FontCollection;
  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
