/** The loader's stylesheet, minified and inlined by the build (src/widget/build.ts). */
declare const __LOADER_CSS__: string;
