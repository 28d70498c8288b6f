// Types for stable-docx.mjs (used from the TypeScript test helpers).
export declare const FIXED_ISO: string;
export declare const FIXED_DATE: Date;
export declare const PNG: Buffer;
export declare function unzipParts(buffer: Buffer | Uint8Array): Promise<Map<string, Buffer>>;
export declare function stableDocx(contents: Map<string, Buffer>, options?: { paraIds?: boolean }): Promise<Buffer>;
export declare function zipInOrder(contents: Map<string, Buffer>): Promise<Buffer>;
