import type { Bytes, WidgetAsset, WidgetAssetName, WidgetAssetProvider } from "../widget/widget-assets.js";
import type { AssetsBinding } from "./env.js";

// The built widget (dist/widget/, uploaded as the Worker's static assets) read through the
// ASSETS binding, with hashes from the build's manifest.json. Only the plain body is offered:
// Cloudflare compresses responses at the edge, and a precompressed body sent with a
// Content-Encoding header would be encoded a second time by the runtime.

type Manifest = Partial<Record<WidgetAssetName, { contentType: string; hash: string }>>;

// The binding ignores the host; any absolute URL names the file by its path.
const assetUrl = (path: string) => `https://assets.invalid/${path}`;

async function load(binding: AssetsBinding): Promise<Partial<Record<WidgetAssetName, WidgetAsset>>> {
  const manifestResponse = await binding.fetch(assetUrl("manifest.json"));
  if (!manifestResponse.ok) return {};
  const manifest = (await manifestResponse.json()) as Manifest;
  const assets: Partial<Record<WidgetAssetName, WidgetAsset>> = {};
  for (const [name, entry] of Object.entries(manifest) as Array<
    [WidgetAssetName, { contentType: string; hash: string }]
  >) {
    const response = await binding.fetch(assetUrl(name));
    if (!response.ok) return {};
    const body: Bytes = new Uint8Array(await response.arrayBuffer());
    assets[name] = { name, contentType: entry.contentType, body, hash: entry.hash };
  }
  return assets;
}

export function assetsBindingWidgetAssets(binding: AssetsBinding | undefined): WidgetAssetProvider {
  let loading: Promise<Partial<Record<WidgetAssetName, WidgetAsset>>> | undefined;
  return {
    async get(name) {
      if (!binding) return undefined;
      loading ??= load(binding).catch((error: unknown) => {
        console.error("Could not read the widget from the ASSETS binding", error);
        return {};
      });
      const assets = await loading;
      if (!assets[name]) loading = undefined; // missing build: look again next time
      return assets[name];
    },
  };
}
