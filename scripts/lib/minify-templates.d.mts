import type { Plugin } from 'vite';
export declare function minifyHtml(text: string): string;
export declare function minifyCss(text: string): string;
export declare function minifyTemplates(): Plugin;
