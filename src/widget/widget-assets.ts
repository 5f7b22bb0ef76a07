// Where the built widget files come from. The route reads them through this provider so each
// runtime can supply its own: dist/ files on Node, bundled text on Workers, memory in tests.

export type WidgetAssetName = "widget.js" | "app.js" | "app.css";

export type Bytes = Uint8Array<ArrayBuffer>;

export interface WidgetAsset {
  name: WidgetAssetName;
  contentType: string;
  body: Bytes;
  gzip?: Bytes;
  brotli?: Bytes;
  /** Content hash: the ETag and the cache-busting `?v=` of the frame page. */
  hash: string;
}

export interface WidgetAssetProvider {
  get(name: WidgetAssetName): Promise<WidgetAsset | undefined>;
}

export function memoryWidgetAssets(assets: Partial<Record<WidgetAssetName, WidgetAsset>>): WidgetAssetProvider {
  return { get: async (name) => assets[name] };
}

type Manifest = Partial<Record<WidgetAssetName, { contentType: string; hash: string }>>;

// Opaque specifiers keep Worker bundlers from trying to resolve Node-only modules; on Workers
// a provider is injected instead and these never run.
const nodeFsModule = "node:fs/promises";
const widgetBuildModule = "./build.js";

async function readDist(directory: URL): Promise<Partial<Record<WidgetAssetName, WidgetAsset>> | undefined> {
  const fs = (await import(/* @vite-ignore */ nodeFsModule)) as typeof import("node:fs/promises");
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await fs.readFile(new URL("manifest.json", directory), "utf8")) as Manifest;
  } catch {
    return undefined;
  }
  const assets: Partial<Record<WidgetAssetName, WidgetAsset>> = {};
  for (const [name, entry] of Object.entries(manifest) as Array<
    [WidgetAssetName, { contentType: string; hash: string }]
  >) {
    const read = (suffix: string) =>
      fs.readFile(new URL(`${name}${suffix}`, directory)).then(
        (buffer): Bytes => new Uint8Array(buffer),
        () => undefined,
      );
    const body = await read("");
    if (!body) return undefined;
    const [gzip, brotli] = await Promise.all([read(".gz"), read(".br")]);
    assets[name] = {
      name,
      contentType: entry.contentType,
      body,
      hash: entry.hash,
      ...(gzip ? { gzip } : {}),
      ...(brotli ? { brotli } : {}),
    };
  }
  return assets;
}

/**
 * Node: the files `npm run build:widget` wrote to dist/widget/, read once. When they are
 * missing (someone ran the server without the prestart build) it builds them in memory.
 */
export function distWidgetAssets(directory?: URL): WidgetAssetProvider {
  let loading: Promise<Partial<Record<WidgetAssetName, WidgetAsset>>> | undefined;
  const load = async () => {
    try {
      const fromDisk = await readDist(directory ?? new URL("../../dist/widget/", import.meta.url));
      if (fromDisk) return fromDisk;
      // Typed here rather than with typeof import(): the Worker's type-check must not pull in build.ts.
      const build = (await import(/* @vite-ignore */ widgetBuildModule)) as {
        buildWidgetAssets(): Promise<Record<WidgetAssetName, WidgetAsset>>;
      };
      return await build.buildWidgetAssets();
    } catch (error) {
      console.error("The widget is not built: run `npm run build:widget`.", error);
      return {};
    }
  };
  return {
    async get(name) {
      loading ??= load();
      const assets = await loading;
      if (!assets[name]) loading = undefined; // try again next time, e.g. after a build
      return assets[name];
    },
  };
}
